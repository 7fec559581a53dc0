package org.houqin.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Small real pictures for upload tests, and a drawn signature as the signature pad sends it. */
public final class Images {

    private Images() {
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpg", width, height);
    }

    public static byte[] png(int width, int height) {
        return write("png", width, height);
    }

    /** A PNG data URL with a stroke on it, like the one the page's signature pad puts in the form. */
    public static String signature() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(300, 100));
    }

    private static byte[] write(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawLine(5, height / 2, width - 5, height / 3);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
