package org.rapporteur.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons at the workbench's sizes. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(16);
        return icon;
    }

    public static FontIcon small(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(13);
        return icon;
    }
}
