package org.satellite.privacy;

import org.junit.jupiter.api.Test;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code privacy} started alone with what it may use ({@code platform}, with its
 * PostgreSQL), and none of the business modules: its keys, its seals and its purge job
 * need nothing else.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@DirtiesContext
class PrivacyModuleTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FieldCipher cipher;

	@Autowired
	private KeyedHash hash;

	@Autowired
	private Retention retention;

	@Test
	void startsWithoutAnyBusinessModule() {
		assertThat(this.context.getBeanNamesForType(Sites.class)).isEmpty();
	}

	@Test
	void sealsWithTheKeysOfItsDataDirectoryAndOpensWhatItSealed() {
		Sealed sealed = this.cipher.seal("module-test", "+14165550101");
		assertThat(sealed.stored()).doesNotContain("4165550101").startsWith(this.cipher.activeKeyId());
		assertThat(this.cipher.open("module-test", sealed)).isEqualTo("+14165550101");
		assertThat(this.hash.of("module-test", "+14165550101")).isEqualTo(this.hash.of("module-test", "+14165550101"))
			.isNotEqualTo(this.hash.of("other-purpose", "+14165550101"));
	}

	@Test
	void purgesWithNoModuleRulesAndNothingToPurge() {
		assertThat(this.retention.purgeAll()).isZero();
	}

}
