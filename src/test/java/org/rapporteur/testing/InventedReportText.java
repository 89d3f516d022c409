package org.rapporteur.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Report prose invented for tests (no real report's words): sentences about an imaginary seminar on water, trade and
 * security, with names, organisations, numbers, dates and punctuation, drawn by a seeded {@link Random} so a test
 * gets the same page every run.
 */
public final class InventedReportText {
    private static final String[] SENTENCES = {
        "Ambassador Selma Okonkwo opened the seminar by recalling that the Halvard Basin feeds eleven million people.",
        "She argued that water sharing along the river had become a question of regional security, not only of farming.",
        "Dr. Piet Vandermolen of the Institute for Coastal Affairs presented figures from the 2019 drought.",
        "Irrigation losses reached 38 per cent in the lower valley, while upstream reservoirs stood half empty.",
        "He warned that without a joint commission, disputes over the dams would return every dry summer.",
        "Professor Anika Sorensen questioned whether the treaty of 1987 could still carry the weight placed on it.",
        "In her view, the negotiators had assumed a climate that no longer exists in the region.",
        "Several participants stressed that trade in grain depends on the same rivers as the power stations.",
        "A representative of the Northern Chamber of Commerce described delays of up to nine days at the border.",
        "Customs officers, he said, lacked the scanners and the staff to clear perishable goods in time.",
        "The panel agreed that smaller ports could take some of the load if rail links were repaired.",
        "Mr. Tomasz Wielgosz, a former minister, cautioned against treating every shortage as a security threat.",
        "Calling a drought an act of war, he observed, makes compromise harder for every government involved.",
        "The discussion then turned to the fisheries, where catches have fallen for six years in a row.",
        "Local cooperatives reported that young people are leaving the coast for jobs in the capital.",
        "Dr. Leila Haddad proposed a fund, financed by the riparian states, to pay for monitoring stations.",
        "Data from such stations would be published weekly, so that no side could dispute the measurements.",
        "Critics replied that the last monitoring network collapsed in 2014 when funding ran out.",
        "The moderator, Ms. Ines Carvalho, asked the speakers what a first step could be within twelve months.",
        "Most answers favoured a technical working group over another summit of heads of state.",
        "One speaker suggested inviting farmers' unions and city utilities to the same table.",
        "Another pointed out that women manage most of the household water in rural districts yet are rarely consulted.",
        "The seminar closed with a call for a shared flood warning system before the next rainy season.",
        "Participants also noted that maps of the basin differ between the three national agencies.",
        "Agreeing on a single map, several said, would remove a frequent source of quarrels at meetings.",
        "The report summarises the views expressed; it does not represent the position of any government.",
        "Questions from the audience focused on electricity prices, which rose by 14 per cent last winter.",
        "A student from Tallinn asked whether desalination could ever replace the river for the coastal cities.",
        "The answer was cautious: desalination helps, but it needs cheap energy and careful handling of brine.",
        "Dr. Vandermolen added that leaking pipes waste more water than any plant could produce.",
        "Repairing municipal networks, he estimated, would cost less than half the price of two new plants.",
        "The organisers thanked the Foundation for Open Dialogue for its support of the meeting on 4 March.",
        "Many of the proposals require patient diplomacy rather than dramatic announcements.",
        "Observers from neighbouring countries welcomed the tone of the debate and asked to join future rounds.",
        "The working group will meet again in Geneva in the autumn to review the first measurements.",
        "Ambassador Okonkwo concluded that trust grows from small agreements kept over many years.",
    };

    private InventedReportText() {
    }

    /** {@code paragraphs} paragraphs of {@code sentences} sentences each, drawn without repeating within a page. */
    public static List<String> paragraphs(Random random, int paragraphs, int sentences) {
        List<String> pool = new ArrayList<>(List.of(SENTENCES));
        java.util.Collections.shuffle(pool, random);
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(pool.get(next++ % pool.size()));
            }
            out.add(b.toString());
        }
        return out;
    }
}
