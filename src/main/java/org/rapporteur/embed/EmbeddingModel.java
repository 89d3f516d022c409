package org.rapporteur.embed;

/**
 * A sentence-embedding model as shipped in its Maven artifact: its id (stored with the vectors), the class-path
 * resources of its ONNX graph and tokenizer, its vector size, how many word pieces it reads, and the prefixes it was
 * trained with for queries and passages (empty for models without them).
 */
public record EmbeddingModel(String id, String onnxResource, String tokenizerResource, int dimensions, int maxTokens,
                             String queryPrefix, String passagePrefix) {
}
