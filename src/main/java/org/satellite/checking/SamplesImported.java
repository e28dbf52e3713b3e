package org.satellite.checking;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * An import of another service's results landed samples. Imported samples carry no zone
 * of the program.
 *
 * @param importId the import
 * @param months the months the landed samples were collected in, each once
 */
public record SamplesImported(UUID importId, List<YearMonth> months) {
}
