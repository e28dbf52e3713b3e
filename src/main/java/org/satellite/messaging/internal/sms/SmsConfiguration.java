package org.satellite.messaging.internal.sms;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.satellite.messaging.SmsKeywordHandler;
import org.satellite.messaging.SmsLanguages;
import org.satellite.platform.ProgramTime;
import org.satellite.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS channel: one gateway (one bind) and one dispatcher per node, started with the
 * application and stopped before it closes.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

	@Bean
	KeywordRouter keywordRouter(ObjectProvider<SmsKeywordHandler> handlers, MessageSource messages,
			SmsLanguages languages) {
		return new KeywordRouter(handlers.orderedStream().toList(), messages, languages::of);
	}

	@Bean
	SmsMeters smsMeters(ObjectProvider<MeterRegistry> registry) {
		return new SmsMeters(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	InboundMessages inboundMessages(OutboxRows rows, SmsNumbers numbers, KeywordRouter router,
			TransactionTemplate transactions, SmsParts parts, SmsMeters meters, SmsSettings settings) {
		return new InboundMessages(rows, numbers, router, transactions, parts, meters, settings.inboundAtOnce());
	}

	@Bean
	SendRate smsSendRate(JdbcClient jdbc, SmsSettings settings) {
		return new SendRate(jdbc, settings.rate());
	}

	@Bean
	SmppGateway smppGateway(SmsSettings settings, InboundMessages inbound, SendRate rate, GatewayOutages outages,
			SmsMeters meters, ProgramTime time) {
		// The program's clock: outages are shown beside the times an alert's messages
		// were queued and sent.
		return new SmppGateway(settings, inbound, time.clock(), rate, outages, meters,
				"node-" + ProcessHandle.current().pid());
	}

	@Bean
	SmsDispatcher smsDispatcher(OutboxRows rows, SmppGateway gateway, FieldCipher cipher, SmsSettings settings) {
		return new SmsDispatcher(rows, gateway, cipher, settings);
	}

	@Bean
	SmartLifecycle smsChannel(SmsDispatcher dispatcher, SmppGateway gateway, SmsSettings settings) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				if (!settings.configured()) {
					log.warn("No SMS centre is configured (satellite.sms.host): SMS stay queued until one is");
				}
				dispatcher.start();
				this.running = true;
			}

			@Override
			public void stop() {
				dispatcher.stop();
				gateway.close();
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

}
