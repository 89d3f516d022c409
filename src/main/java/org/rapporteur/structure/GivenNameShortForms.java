package org.rapporteur.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common short forms of given names ("Joe" for Joseph, "Bill" for William, "Frank" for Francis), so that "Joe Biden"
 * and "Joseph R. Biden" can be one person. A small general table of well-known English, French, Spanish, Portuguese,
 * Italian and German hypocoristics, written from general knowledge, not from any corpus: a name of a corpus is never
 * added here to make it merge (ADR 0021). Keys are lower case without accents, as in {@link PersonRegistry#key}.
 * Stateless and thread-safe.
 */
final class GivenNameShortForms {
    /** A full given name, then its short forms. */
    private static final List<List<String>> TABLE = List.of(
            List.of("abraham", "abe"),
            List.of("albert", "al", "bert"),
            List.of("alexander", "alex", "sasha", "sandy"),
            List.of("alexandra", "alex", "sasha", "sandra"),
            List.of("alfred", "alf", "fred"),
            List.of("andrew", "andy", "drew"),
            List.of("anthony", "tony"),
            List.of("antonio", "tono", "toni", "tony"),
            List.of("arthur", "art"),
            List.of("benjamin", "ben", "benny"),
            List.of("catherine", "kate", "cathy", "katie"),
            List.of("katherine", "kate", "kathy", "katie"),
            List.of("charles", "charlie", "chuck"),
            List.of("christopher", "chris"),
            List.of("daniel", "dan", "danny"),
            List.of("david", "dave"),
            List.of("donald", "don"),
            List.of("edward", "ed", "eddie", "ted", "ned"),
            List.of("elizabeth", "liz", "beth", "betty", "eliza"),
            List.of("eugene", "gene"),
            List.of("francis", "frank"),
            List.of("franklin", "frank"),
            List.of("francisco", "paco", "pancho", "frank"),
            List.of("frederick", "fred", "freddie"),
            List.of("gerald", "gerry", "jerry"),
            List.of("gregory", "greg"),
            List.of("henry", "harry", "hank"),
            List.of("ignacio", "nacho"),
            List.of("james", "jim", "jimmy", "jamie"),
            List.of("jeffrey", "jeff"),
            List.of("john", "jack", "johnny"),
            List.of("jonathan", "jon"),
            List.of("jose", "pepe"),
            List.of("joseph", "joe", "joey"),
            List.of("kenneth", "ken"),
            List.of("lawrence", "larry"),
            List.of("leonard", "len", "lenny"),
            List.of("luis", "lucho"),
            List.of("margaret", "maggie", "meg", "peggy"),
            List.of("matthew", "matt"),
            List.of("michael", "mike", "mick"),
            List.of("nicholas", "nick"),
            List.of("patrick", "pat", "paddy"),
            List.of("patricia", "pat", "patty"),
            List.of("peter", "pete"),
            List.of("philip", "phil"),
            List.of("raymond", "ray"),
            List.of("richard", "rick", "dick", "rich"),
            List.of("robert", "bob", "bobby", "rob", "bert"),
            List.of("ronald", "ron"),
            List.of("samuel", "sam"),
            List.of("stephen", "steve"),
            List.of("steven", "steve"),
            List.of("susan", "sue", "susie"),
            List.of("theodore", "ted", "teddy", "theo"),
            List.of("thomas", "tom", "tommy"),
            List.of("timothy", "tim"),
            List.of("vincent", "vince"),
            List.of("walter", "walt"),
            List.of("william", "bill", "billy", "will", "willy"),
            List.of("wilhelm", "willi"));

    /** Each name (full or short) with every name it may stand for or be short for. */
    private static final Map<String, Set<String>> RELATED = related();

    private GivenNameShortForms() {
    }

    /** True when one of the two given names is a known short form of the other ("joe", "joseph"). */
    static boolean related(String a, String b) {
        return RELATED.getOrDefault(a, Set.of()).contains(b);
    }

    private static Map<String, Set<String>> related() {
        Map<String, Set<String>> m = new HashMap<>();
        for (List<String> row : TABLE) {
            String full = row.getFirst();
            for (String shortForm : row.subList(1, row.size())) {
                m.computeIfAbsent(full, k -> new HashSet<>()).add(shortForm);
                m.computeIfAbsent(shortForm, k -> new HashSet<>()).add(full);
            }
        }
        return m;
    }
}
