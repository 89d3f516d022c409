import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws Rapporteur's icon: a report page with lines of text, and a speech bubble over it (claims and who said them).
 * Run by hand when the design changes: {@code java src/main/packaging/DrawIcon.java src/main/packaging}; writes
 * rapporteur.png (256 px, Linux), rapporteur.ico (Windows: PNG images inside) and rapporteur.icns (macOS: PNG
 * images inside), all drawn from the same vector shapes, so no image tool is needed.
 */
public final class DrawIcon {
    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
    private static final Color PAGE = new Color(0xfa, 0xf8, 0xf2);
    private static final Color ACCENT = new Color(0xc0, 0x39, 0x2b);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.write(dir.resolve("rapporteur.png"), png(draw(256)));
        Files.write(dir.resolve("rapporteur.ico"), ico(16, 32, 48, 256));
        Files.write(dir.resolve("rapporteur.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        // the tile
        g.setPaint(new GradientPaint(0, 0, new Color(0x2c, 0x52, 0x82), 0, 256, INK));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // the report: a page with a folded corner and lines of text
        Path2D page = new Path2D.Double();
        page.moveTo(52, 40);
        page.lineTo(160, 40);
        page.lineTo(196, 76);
        page.lineTo(196, 216);
        page.lineTo(52, 216);
        page.closePath();
        g.setColor(PAGE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(160, 40);
        fold.lineTo(160, 76);
        fold.lineTo(196, 76);
        fold.closePath();
        g.setColor(new Color(0xd5, 0xd0, 0xc4));
        g.fill(fold);
        g.setColor(new Color(0x9a, 0xa5, 0xb4));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] ends = {140, 172, 160, 176, 120};
        for (int i = 0; i < ends.length; i++) {
            int y = 74 + i * 24;
            g.drawLine(72, y, i == 0 ? 140 : ends[i], y);
        }
        // the claim: a speech bubble in the accent colour, with a quotation mark
        Path2D bubble = new Path2D.Double();
        bubble.append(new RoundRectangle2D.Double(108, 136, 120, 80, 30, 30), false);
        g.setColor(ACCENT);
        g.fill(bubble);
        Path2D tail = new Path2D.Double();
        tail.moveTo(132, 210);
        tail.lineTo(120, 236);
        tail.lineTo(156, 212);
        tail.closePath();
        g.fill(tail);
        g.setColor(PAGE);
        for (int x : new int[] {142, 178}) {
            g.fill(new Ellipse2D.Double(x, 158, 22, 22));
            Path2D comma = new Path2D.Double();
            comma.moveTo(x + 22, 168);
            comma.quadTo(x + 24, 190, x + 4, 198);
            comma.lineTo(x + 8, 186);
            comma.closePath();
            g.fill(comma);
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon holding PNG images (readable since Windows Vista). Little-endian header and directory. */
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(draw(sizes[i]));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0);
        out.writeShort(Short.reverseBytes((short) 1)); // type: icon
        out.writeShort(Short.reverseBytes((short) sizes.length));
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]); // 0 means 256
            out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]);
            out.writeByte(0); // no palette
            out.writeByte(0);
            out.writeShort(Short.reverseBytes((short) 1)); // colour planes
            out.writeShort(Short.reverseBytes((short) 32)); // bits per pixel
            out.writeInt(Integer.reverseBytes(images[i].length));
            out.writeInt(Integer.reverseBytes(offset));
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.write(image);
        }
        return bytes.toByteArray();
    }

    /** A macOS icon file with PNG images: ic07 (128 px), ic08 (256 px), ic09 (512 px). Big-endian. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09"};
        int[] sizes = {128, 256, 512};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(draw(sizes[i]));
            out.writeBytes(types[i]);
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
