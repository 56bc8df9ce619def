package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.VerifiedCall.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Images uploaded through Upload Product Image. Products may only point at uris handed out here,
 * as on TikTok, where an external image URL is refused.
 */
@Component
public class ImageStore {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Set<String> USE_CASES = Set.of("MAIN_IMAGE", "ATTRIBUTE_IMAGE", "DESCRIPTION_IMAGE",
            "CERTIFICATION_IMAGE", "SIZE_CHART_IMAGE");

    private final Map<String, StoredImage> images = new ConcurrentHashMap<>();

    public StoredImage upload(UploadedFile file, String useCase) {
        String purpose = useCase == null || useCase.isBlank() ? "MAIN_IMAGE" : useCase;
        if (!USE_CASES.contains(purpose)) {
            throw TikTokError.invalidParameter("use_case must be one of " + USE_CASES);
        }
        byte[] bytes = file.content();
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw invalid("the image must be at most 5 MB");
        }
        String format = format(bytes);
        int[] size = dimensions(bytes);
        if (size[0] < 100 || size[1] < 100 || size[0] > 20000 || size[1] > 20000) {
            throw invalid("the image must be between 100x100 and 20000x20000 px, got " + size[0] + "x" + size[1]);
        }
        String uri = "tos-maliva-i-sbx/" + digest(bytes);
        StoredImage image = new StoredImage(uri, "https://p16-sbx.tiktokcdn.com/" + uri + "~tplv-origin-" + format
                + "." + format, size[0], size[1], purpose);
        images.put(uri, image);
        return image;
    }

    public Optional<StoredImage> find(String uri) {
        return Optional.ofNullable(uri == null ? null : images.get(uri));
    }

    private static String format(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return "jpeg";
        }
        throw invalid("only JPG, JPEG and PNG images are accepted");
    }

    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw invalid("the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw invalid("the image cannot be read");
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TikTokError invalid(String why) {
        return TikTokError.business(ErrorCodes.IMAGE_INVALID, "upload file is invalid: " + why);
    }

    public record StoredImage(String uri, String url, int width, int height, String useCase) {
    }
}
