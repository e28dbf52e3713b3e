package org.satellite.overdose;

import java.util.UUID;

/**
 * An overdose report was undone as a mistake (a peer worker within a day, or a
 * coordinator): whatever counted it should stop counting it. Carries only the response's
 * id, as {@link OverdoseResponseRecorded} did.
 */
public record OverdoseResponseWithdrawn(UUID responseId) {
}
