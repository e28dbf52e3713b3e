package org.satellite.checking.internal;

/**
 * What a sample looks like when it comes in.
 */
public enum SampleForm {

	POWDER, PILL, ROCK, CRYSTAL, LIQUID, BLOTTER, USED_EQUIPMENT, OTHER

}
