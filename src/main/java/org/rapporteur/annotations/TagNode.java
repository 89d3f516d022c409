package org.rapporteur.annotations;

import java.util.List;

/** A tag with its sub-tags, for tree views. */
public record TagNode(Tag tag, List<TagNode> children) {
    public TagNode {
        children = List.copyOf(children);
    }
}
