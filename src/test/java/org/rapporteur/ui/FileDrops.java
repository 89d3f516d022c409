package org.rapporteur.ui;

import static org.rapporteur.ui.FxTestSupport.onFx;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/** Files dropped on a node of a window as the operating system delivers them: a drag over, then a drop. */
public final class FileDrops {
    private FileDrops() {
    }

    /** What the OS puts on the dragboard of a drag from another program, offered for copy, move or link. */
    static final class FileDrag implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        /** A drag of files from a file manager. */
        FileDrag(List<File> files) {
            this(Map.of(DataFormat.FILES, files));
        }

        FileDrag(Map<DataFormat, Object> content) {
            this.content.putAll(content);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /**
     * Drags {@code files} over the middle of {@code target} and drops them there, delivering the events to the node
     * under the pointer as the scene's drag gesture does; returns whether the window accepted and completed the drop.
     */
    public static boolean drop(Node target, List<File> files) {
        return onFx(() -> {
            Dragboard board = DragboardHelper.createDragboard(new FileDrag(files));
            Bounds b = target.localToScene(target.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            var screen = target.localToScreen(target.getBoundsInLocal());
            PickResult pick = new PickResult(target, x, y);
            DragEvent over = new DragEvent(target.getScene(), target, DragEvent.DRAG_OVER, board, x, y,
                    screen.getCenterX(), screen.getCenterY(), TransferMode.COPY, null, null, pick);
            Event.fireEvent(target, over);
            if (over.getAcceptedTransferMode() == null) {
                return false;
            }
            DragEvent dropped = new DragEvent(target.getScene(), target, DragEvent.DRAG_DROPPED, board, x, y,
                    screen.getCenterX(), screen.getCenterY(), over.getAcceptedTransferMode(), null, null, pick);
            Event.fireEvent(target, dropped);
            return dropped.isDropCompleted();
        });
    }
}
