package org.rapporteur.embed;

import ai.onnxruntime.OrtEnvironment;

/**
 * The version of ONNX Runtime on the class path, as its jar's manifest states it (for Help ▸ About and --version).
 * Naming the class does not initialise it: asking the runtime itself would load its native library, which About must
 * not do.
 */
public final class OnnxRuntimeVersion {
    private OnnxRuntimeVersion() {
    }

    public static String current() {
        Package p = OrtEnvironment.class.getPackage();
        return p == null ? null : p.getImplementationVersion();
    }
}
