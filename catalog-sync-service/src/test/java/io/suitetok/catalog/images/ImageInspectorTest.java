package io.suitetok.catalog.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void formatAndPixelSizeAreReadFromTheFile() throws IOException {
        ImageFacts png = new ImageInspector().inspect(1, "a.png", image("png", 640, 480));
        ImageFacts jpeg = new ImageInspector().inspect(2, "b.jpg", image("jpg", 300, 301));

        assertThat(png).extracting(ImageFacts::format, ImageFacts::width, ImageFacts::height)
                .containsExactly("png", 640, 480);
        assertThat(jpeg.format()).isEqualTo("jpeg");
        assertThat(jpeg.height()).isEqualTo(301);
    }

    @Test
    void bytesThatAreNoImageAreReportedAsUnknown() {
        assertThat(new ImageInspector().inspect(1, "x.png", "not an image".getBytes()).format()).isEqualTo("unknown");
    }
}
