package org.rapporteur.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.Person;

/**
 * The country a speaker speaks for or comes from: the person's own {@code country} when set (e.g. from a sidecar),
 * else derived from the role and affiliation line.
 *
 * <p>In a role line, a country after "to", "on", "for", "in" or "towards" is where the speaker is posted or what they
 * work on ("Ambassador to Afghanistan", "Special Representative on Afghanistan"), not their own; any other country is
 * theirs ("Ambassador of Uzbekistan to Pakistan", "Pakistan's Special Representative", "Deputy Finance Minister,
 * Islamic Emirate of Afghanistan", "Tsinghua University, China", "(Pakistan)"). Failing that, the home country of a
 * known organisation ("Secretary General PPP"). Stateless and thread-safe.
 */
public final class SpeakerCountryResolver {
    private static final Set<String> TARGET_WORDS = Set.of("to", "on", "for", "in", "towards", "at", "with", "into");

    private final Gazetteer gazetteer;

    public SpeakerCountryResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The speaker's country for an attribution (its person, else the body it names), or null. */
    public String resolve(Attribution attribution) {
        if (attribution == null) {
            return null;
        }
        if (attribution.speaker() != null) {
            return resolve(attribution.speaker());
        }
        return attribution.attributedTo() == null ? null : fromRoleLine(attribution.attributedTo());
    }

    /** The person's country: {@code country} normalised to the gazetteer's short name, else from the role line. */
    public String resolve(Person person) {
        if (person == null) {
            return null;
        }
        if (person.country() != null && !person.country().isBlank()) {
            return gazetteer.lookup(person.country()).map(Country::name).orElse(person.country().strip());
        }
        return fromRoleLine(person.roleLine());
    }

    /** The speaker's country from a role and affiliation line, or null. */
    public String fromRoleLine(String roleLine) {
        if (roleLine == null || roleLine.isBlank()) {
            return null;
        }
        List<PlaceMention> mentions = gazetteer.allCountriesIn(roleLine);
        for (PlaceMention m : mentions) {
            if (!isTarget(roleLine, m)) {
                return m.place();
            }
        }
        for (OrganisationMention o : gazetteer.organisationsIn(roleLine)) {
            if (o.homeCountry() != null) {
                return o.homeCountry();
            }
        }
        return null;
    }

    private static boolean isTarget(String text, PlaceMention m) {
        if (m.form() == MentionForm.DEMONYM || text.startsWith("'s", m.end()) || text.startsWith("’s", m.end())) {
            return false;
        }
        int e = m.start();
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        // skip an article: "Ambassador to the United States"
        String before = previousWord(text, e);
        if (before.equals("the")) {
            e = e - 3;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            before = previousWord(text, e);
        }
        return TARGET_WORDS.contains(before);
    }

    private static String previousWord(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, end).toLowerCase(Locale.ROOT);
    }
}
