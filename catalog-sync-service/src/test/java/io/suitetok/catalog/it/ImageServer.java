package io.suitetok.catalog.it;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import javax.imageio.ImageIO;

/**
 * Stands in for NetSuite's file cabinet: {@code /images/800x800/tee-front.png} answers a real PNG of
 * that size, so the catalogue's image checks and uploads run on real files.
 */
final class ImageServer implements AutoCloseable {

    private final HttpServer server;

    private ImageServer(HttpServer server) {
        this.server = server;
    }

    static ImageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/images/", exchange -> {
                String[] parts = exchange.getRequestURI().getPath().split("/");
                String[] size = parts[2].split("x");
                byte[] png = png(Integer.parseInt(size[0]), Integer.parseInt(size[1]), parts[3].hashCode());
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, png.length);
                exchange.getResponseBody().write(png);
                exchange.close();
            });
            server.start();
            return new ImageServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(int width, int height, String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/images/" + width + "x" + height + "/" + name;
    }

    /** Different names give different pixels, so two images never share a content hash by accident. */
    private static byte[] png(int width, int height, int seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, seed & 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
