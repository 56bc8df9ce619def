package io.suitetok.sandbox.tiktok;

/**
 * The control API refusing a request that the shop state cannot honour (not enough stock, an
 * order status that does not allow the change). Carries the HTTP status the control endpoint
 * answers with; in-process callers get the exception itself.
 */
public class SandboxRefusal extends RuntimeException {

    private final int httpStatus;

    public SandboxRefusal(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static SandboxRefusal conflict(String message) {
        return new SandboxRefusal(409, message);
    }

    public static SandboxRefusal badRequest(String message) {
        return new SandboxRefusal(400, message);
    }

    public static SandboxRefusal notFound(String message) {
        return new SandboxRefusal(404, message);
    }
}
