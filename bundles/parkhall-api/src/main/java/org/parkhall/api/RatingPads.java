package org.parkhall.api;

import java.util.List;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Rating pads (评价器): the tablets at the counters on which visitors rate their visit. A hall admin draws a
 * one-time pairing code for a counter and types it into the pad once; from then on the pad proves which counter it
 * serves with a secret only it holds (the hall keeps a hash of it). Pairing and unpairing are recorded in the
 * ledger.
 */
@ProviderType
public interface RatingPads {

    /** Every configured counter with its pad and pending pairing code, if any. */
    List<RatingPad> pads();

    /** A new pairing code for the counter's pad, replacing one not used yet. */
    PairingCode pairingCode(int counter, String actor);

    /**
     * Pairs the device that presents {@code code} as the counter's pad, replacing the pad it had; returns the new
     * pad's secret, which only the device keeps. A wrong or expired code is refused ({@code not_found}), and a few
     * wrong codes void it.
     */
    String pair(int counter, String code);

    /** The counter whose pad holds {@code secret}; empty for any other value. */
    OptionalInt counterOf(String secret);

    /** Unpairs the counter's pad and voids its pairing code: its secret rates nothing from now on. */
    RatingPad unpair(int counter, String actor);
}
