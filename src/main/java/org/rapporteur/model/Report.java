package org.rapporteur.model;

import java.util.List;

/**
 * A structured report: the source document, its metadata, sections, speaker blocks, boilerplate and claims.
 * Everything the index, the reader view and the exporters need.
 */
public record Report(SourceDocument source, ReportMetadata metadata, List<Section> sections,
                     List<SpeakerBlock> speakerBlocks, List<Span> boilerplate, List<Claim> claims) {
    public Report {
        sections = List.copyOf(sections);
        speakerBlocks = List.copyOf(speakerBlocks);
        boilerplate = List.copyOf(boilerplate);
        claims = List.copyOf(claims);
    }

    public String id() {
        return source.reportId();
    }

    public String title() {
        return metadata.title() != null ? metadata.title() : source.sourceName();
    }

    public Report withClaims(List<Claim> c) {
        return new Report(source, metadata, sections, speakerBlocks, boilerplate, c);
    }
}
