package org.satellite.browser;

/**
 * The screens browser tests look through. Satellite is phone-first, so most pages should
 * be checked on {@link #PHONE} as well as on {@link #DESKTOP}.
 */
public enum Screen {

	/**
	 * A small, common phone held upright: 360 × 740 CSS pixels, touch, mobile viewport
	 * rules.
	 */
	PHONE(360, 740, true),

	/** A laptop or office computer. */
	DESKTOP(1280, 800, false);

	final int width;

	final int height;

	final boolean mobile;

	Screen(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

}
