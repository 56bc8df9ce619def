package io.suitetok.inventory.push;

/**
 * Marks the span in which a TikTok call is on the wire, so a caller that gave up on it at its deadline
 * can interrupt the call (the client then stops retrying and waiting for rate-limit permits) but never
 * the bookkeeping after it: an interrupted thread may fail to get a database connection.
 */
final class CallOnItsOwnThread {

    private Thread calling;

    /** Called by the calling thread before the call. */
    synchronized void enter() {
        calling = Thread.currentThread();
    }

    /** Called by the calling thread after the call; clears an interrupt meant for the call only. */
    void leave() {
        synchronized (this) {
            calling = null;
        }
        Thread.interrupted();
    }

    /** Called by the waiting thread at the deadline. @return whether the call was still on the wire */
    synchronized boolean interrupt() {
        if (calling == null) {
            return false;
        }
        calling.interrupt();
        calling = null;
        return true;
    }
}
