package org.satellite.overdose.internal;

/**
 * How naloxone was given, and the catalogue item one dose of it takes out of stock.
 */
public enum NaloxoneForm {

	NASAL("NAL-NASAL"), INJECTABLE("NAL-INJ");

	private final String itemCode;

	NaloxoneForm(String itemCode) {
		this.itemCode = itemCode;
	}

	public String itemCode() {
		return this.itemCode;
	}

}
