package org.satellite.platform;

/**
 * A module's part of the demo program. In demo mode, the {@code demo} module calls every
 * one in {@link #order()} at start-up; each seeds its own module's data through that
 * module's own services, so that no module has to open its services to {@code demo}.
 */
public interface DemoSeed {

	/**
	 * Where this part comes in the story: lower first. A part that uses another module's
	 * demo data (the sites of {@code network}, say) comes after it.
	 */
	int order();

	/**
	 * Seeds this part. Called on every start in demo mode: a part seeded once checks
	 * {@link DemoContext#firstStart()}, a part kept up to date checks what is there
	 * itself.
	 */
	void seed(DemoContext context);

}
