package org.rapporteur.annotations;

/** A correction of the extractor to record with {@link Change.AddCorrection}. */
public sealed interface CorrectionRequest {
    String describe();

    /** The claim's speaker is {@code name}; role, affiliation and country may be null. */
    record SetSpeaker(String claimId, String name, String role, String affiliation, String country)
            implements CorrectionRequest {
        public SetSpeaker(String claimId, String name) {
            this(claimId, name, null, null, null);
        }

        public String describe() {
            return "speaker of " + claimId + " is '" + name + "'";
        }
    }

    /** The claim is credited to an organisation, delegation or session {@code body}, not to a person. */
    record SetBody(String claimId, String body) implements CorrectionRequest {
        public String describe() {
            return "speaker of " + claimId + " is the body '" + body + "'";
        }
    }

    /**
     * Every claim of report {@code reportId} credited to {@code from} (a speaker's name or a label such as an
     * organisation or a heading, compared ignoring case) is by {@code speaker}: one record for all of them, applied
     * at every indexing run, so claims that appear later are covered too.
     */
    record RelabelSpeaker(String reportId, String from, String speaker) implements CorrectionRequest {
        public String describe() {
            return "'" + from + "' is '" + speaker + "' in report " + reportId.substring(0, Math.min(12,
                    reportId.length()));
        }
    }

    record AddCountry(String claimId, String country) implements CorrectionRequest {
        public String describe() {
            return "add country '" + country + "' to " + claimId;
        }
    }

    record RemoveCountry(String claimId, String country) implements CorrectionRequest {
        public String describe() {
            return "remove country '" + country + "' from " + claimId;
        }
    }

    /** @param theme a theme path like {@code Security/Terrorism and militancy} */
    record AddTheme(String claimId, String theme) implements CorrectionRequest {
        public String describe() {
            return "add theme '" + theme + "' to " + claimId;
        }
    }

    record RemoveTheme(String claimId, String theme) implements CorrectionRequest {
        public String describe() {
            return "remove theme '" + theme + "' from " + claimId;
        }
    }

    /** Person {@code from} is the same as {@code into}; {@code reportId} null means in every report. */
    record MergePersons(String reportId, String from, String into) implements CorrectionRequest {
        public String describe() {
            return "person '" + from + "' is '" + into + "'";
        }
    }

    /** Split a claim before the character at {@code offset} (relative to the claim's start). */
    record SplitClaim(String claimId, int offset) implements CorrectionRequest {
        public String describe() {
            return "split " + claimId + " at " + offset;
        }
    }

    /** Merge two claims of the same report (and any claim between them) into one. */
    record MergeClaims(String firstClaimId, String secondClaimId) implements CorrectionRequest {
        public String describe() {
            return "merge claims " + firstClaimId + " and " + secondClaimId;
        }
    }
}
