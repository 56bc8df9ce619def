package io.suitetok.catalog.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads an image's format and pixel size from its header, without decoding the pixels. */
public class ImageInspector {

    public ImageFacts inspect(int position, String fileName, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return new ImageFacts(position, fileName, "unknown", 0, 0, content.length);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                return new ImageFacts(position, fileName, reader.getFormatName().toLowerCase(Locale.ROOT),
                        reader.getWidth(0), reader.getHeight(0), content.length);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read image " + fileName, e);
        }
    }
}
