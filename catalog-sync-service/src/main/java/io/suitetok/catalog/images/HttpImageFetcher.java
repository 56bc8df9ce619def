package io.suitetok.catalog.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches images over HTTP, refusing anything far beyond TikTok's 5 MB limit before reading it all. */
public class HttpImageFetcher implements ImageFetcher {

    private static final long READ_LIMIT = 20L * 1024 * 1024;

    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();

    @Override
    public byte[] fetch(String url) {
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful()) {
                throw new ImageUnavailableException(url + " answered HTTP " + response.code());
            }
            long length = response.body().contentLength();
            if (length > READ_LIMIT) {
                throw new ImageUnavailableException(url + " is " + length / 1024 / 1024 + " MB");
            }
            return response.body().bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not fetch image " + url, e);
        }
    }
}
