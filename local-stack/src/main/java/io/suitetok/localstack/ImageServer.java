package io.suitetok.localstack;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Stands in for NetSuite's file cabinet, where item images live: {@code /images/800x800/tee-front.png}
 * answers a real PNG of that size. The catalogue fetches every image to check TikTok's size rules
 * before uploading it, so the images have to be real.
 */
final class ImageServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    private ImageServer(HttpServer server) {
        this.server = server;
    }

    static ImageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            ImageServer images = new ImageServer(server);
            server.createContext("/images/", exchange -> {
                try (exchange) {
                    String[] parts = exchange.getRequestURI().getPath().split("/");
                    if (parts.length != 4 || !parts[2].matches("\\d+x\\d+")) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] png = images.rendered.computeIfAbsent(parts[2] + "/" + parts[3], key -> render(parts[2],
                            parts[3]));
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                }
            });
            server.start();
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("the image server did not start", e);
        }
    }

    String url(int width, int height, String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/images/" + width + "x" + height + "/" + name;
    }

    /** Each name paints a different pixel, so no two items' images share a content hash by accident. */
    private static byte[] render(String size, String name) {
        String[] dimensions = size.split("x");
        BufferedImage image = new BufferedImage(Integer.parseInt(dimensions[0]), Integer.parseInt(dimensions[1]),
                BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, name.hashCode() & 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
