package org.houqin.platform.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

/** Handwritten-looking signatures for the demo school's documents, as a signature pad would send them. */
public final class DemoSignatures {

    private DemoSignatures() {
    }

    /** A PNG data URL with a stroke drawn from the seed (the same seed, the same stroke). */
    public static String drawn(int seed) {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 60));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Random random = new Random(seed);
        Path2D path = new Path2D.Double();
        path.moveTo(20, 60);
        for (int x = 40; x <= 280; x += 20) {
            path.quadTo(x - 10, 20 + random.nextInt(60), x, 40 + random.nextInt(30));
        }
        g.draw(path);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
