/**
 * Sentence embeddings computed in process, offline: a small English model shipped inside a Maven artifact, run with
 * ONNX Runtime, with its own WordPiece tokenizer. A stage: knows only the model package; ONNX Runtime stays here.
 */
package org.rapporteur.embed;
