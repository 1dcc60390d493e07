package org.parkhall.web.internal.materials;

import org.parkhall.api.Materials;
import org.parkhall.web.internal.api.Download;

/** A case's material as the browser gets it: its type as read from its content, a name the hall makes. */
public final class MaterialFiles {
    private MaterialFiles() {
    }

    /** Shown in the browser ({@code inline}, the approver's inbox) or saved (a download). */
    public static Download file(Materials.MaterialContent opened, boolean inline) {
        return new Download(opened.material().type().mediaType(), opened.material().caseNumber() + "-"
                + opened.material().materialCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + opened.material().id()
                + "." + opened.material().type().extension(), out -> out.write(opened.content()), inline);
    }
}
