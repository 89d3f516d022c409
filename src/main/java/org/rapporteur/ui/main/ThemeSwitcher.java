package org.rapporteur.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light (AtlantaFX PrimerLight) and dark (PrimerDark) user-agent stylesheets; the workbench CSS follows them. */
public enum ThemeSwitcher {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static ThemeSwitcher parse(String s) {
        return "DARK".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
