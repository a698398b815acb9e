package org.xinfang.petition.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.xinfang.petition.messaging.MessageGateway.OutgoingMessage;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The real gateways come on with their settings alone, and the production profile does not start while a channel
 * has none, unless a trial allows it by name.
 */
class GatewayWiringTest {

    static final String MAIL = "spring.mail.host=smtp.example.gov.cn";
    static final String SMS = "petition.messaging.sms.url=https://sms.example.gov.cn/api/send";

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Messaging.class);

    final ApplicationContextRunner production =
            context.withInitializer(started -> started.getEnvironment().setActiveProfiles("production"));

    @Test
    void unconfiguredChannelsFallToTheRecordingGateway() {
        context.run(started -> {
            Gateways gateways = started.getBean(Gateways.class);
            assertThat(gateways.forChannel(MessageChannel.SMS)).isInstanceOf(RecordingGateway.class);
            assertThat(gateways.forChannel(MessageChannel.EMAIL)).isInstanceOf(RecordingGateway.class);
        });
    }

    @Test
    void eachGatewayComesOnWithItsSettings() {
        context.withPropertyValues(MAIL, SMS).run(started -> {
            Gateways gateways = started.getBean(Gateways.class);
            assertThat(gateways.forChannel(MessageChannel.SMS)).isInstanceOf(SmsHttpGateway.class);
            assertThat(gateways.forChannel(MessageChannel.EMAIL)).isInstanceOf(MailGateway.class);
        });
    }

    @Test
    void productionRefusesAChannelWithoutARealGatewayUnlessAllowed() {
        production
                .withPropertyValues(SMS)
                .run(started -> assertThat(started.getStartupFailure())
                        .isInstanceOf(SetupRequired.class)
                        .hasMessageContaining("[EMAIL]")
                        .hasMessageContaining("complainants would be told nothing"));
        production.run(started -> assertThat(started.getStartupFailure())
                .isInstanceOf(SetupRequired.class)
                .hasMessageContaining("[SMS, EMAIL]"));
        production
                .withPropertyValues(GatewayCoverage.ALLOWANCE + "=true")
                .run(started -> assertThat(started).hasNotFailed());
        production
                .withPropertyValues(MAIL, SMS)
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void theSmsBodyTemplateIsFilledInEscapedForItsContentType() {
        OutgoingMessage message = new OutgoingMessage(
                7, MessageChannel.SMS, "+8613812345678", "s", "【信访】第一行\n\"引号\"&x=1", "XF1", "REPLIED");
        context.withPropertyValues(SMS)
                .run(
                        started -> assertThat(
                                        started.getBean(SmsHttpGateway.class).body(message))
                                .isEqualTo(
                                        "{\"to\":\"+8613812345678\",\"text\":\"【信访】第一行\\n\\\"引号\\\"&x=1\",\"reference\":\"7\"}"));
        context.withPropertyValues(
                        SMS,
                        "petition.messaging.sms.content-type=application/x-www-form-urlencoded",
                        "petition.messaging.sms.body=mobile={nationalPhone}&content={text}&tpl={milestone}&case={trackingNumber}")
                .run(
                        started -> assertThat(
                                        started.getBean(SmsHttpGateway.class).body(message))
                                .isEqualTo(
                                        "mobile=13812345678&content=%E3%80%90%E4%BF%A1%E8%AE%BF%E3%80%91"
                                                + "%E7%AC%AC%E4%B8%80%E8%A1%8C%0A%22%E5%BC%95%E5%8F%B7%22%26x%3D1&tpl=REPLIED&case=XF1"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SmsProperties.class, EmailProperties.class})
    @Import({RecordingGateway.class, MailGateway.class, SmsHttpGateway.class, Gateways.class, GatewayCoverage.class})
    static class Messaging {}
}
