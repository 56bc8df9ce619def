package io.suitetok.netsuite.soap;

/** Whether a request whose answer was lost may simply be sent again. */
enum Replay {

    /** Reads, initialize, upsert and update: sending again changes nothing beyond the first time. */
    SAFE,

    /** add: sending again could create a second record, so a lost answer ends the call unresolved. */
    UNSAFE
}
