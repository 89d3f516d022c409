package org.rapporteur.embed;

import ai.onnxruntime.OrtEnvironment;
import org.rapporteur.model.RapporteurException;

/**
 * ONNX Runtime's process-wide environment, whose first use loads the native library: from the folder the system
 * property {@code onnxruntime.native.path} names (the packaged app sets it to its own folder, so nothing is unpacked
 * to /tmp), else unpacked from the jar. A platform without the library gets one sentence the callers can show as
 * "meaning search is off".
 */
final class OnnxRuntimeLoader {
    private OnnxRuntimeLoader() {
    }

    static OrtEnvironment environment() {
        try {
            return OrtEnvironment.getEnvironment();
        } catch (RuntimeException | LinkageError e) {
            throw new RapporteurException("ONNX Runtime, which computes sentence embeddings, could not be loaded on "
                    + "this system (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ").", e);
        }
    }
}
