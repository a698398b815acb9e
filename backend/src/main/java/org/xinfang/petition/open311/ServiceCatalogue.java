package org.xinfang.petition.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Our categories as GeoReport services, each with the intake form's fields as its attributes: the real-name fields
 * (name, resident ID number, phone, home address), the region, the subject and confidentiality. The description is
 * the request's own {@code description} and the e-mail its {@code email}. Every service is realtime: a filing
 * answers with its tracking number at once.
 */
@Component
class ServiceCatalogue {

    /** The attributes in the form's order; a code is the attribute's name in {@code attribute[code]}. */
    enum FormAttribute {
        NAME("name", "string", true),
        ID_NUMBER("id_number", "string", true),
        PHONE("phone", "string", true),
        ADDRESS("address", "string", true),
        REGION("region", "singlevaluelist", true),
        SUBJECT("subject", "string", true),
        CONFIDENTIAL("confidential", "singlevaluelist", false);

        final String code;
        final String datatype;
        final boolean required;

        FormAttribute(String code, String datatype, boolean required) {
            this.code = code;
            this.datatype = datatype;
            this.required = required;
        }
    }

    private final Messages messages;
    private final Organisation organisation;

    ServiceCatalogue(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    List<GeoReport.Service> services(Locale locale) {
        return Arrays.stream(Category.values())
                .map(category -> new GeoReport.Service(
                        category.name(),
                        text(locale, "category." + category.name()),
                        text(locale, "portal.category." + category.name()),
                        true,
                        "realtime",
                        null,
                        text(locale, "open311.group")))
                .toList();
    }

    @Transactional(readOnly = true)
    GeoReport.ServiceDefinition definition(String serviceCode, Locale locale) {
        Category category = category(serviceCode);
        List<FormAttribute> form = List.of(FormAttribute.values());
        List<GeoReport.Attribute> attributes = form.stream()
                .map(attribute -> new GeoReport.Attribute(
                        true,
                        attribute.code,
                        attribute.datatype,
                        attribute.required,
                        text(locale, "open311.attribute." + attribute.code + ".datatype"),
                        form.indexOf(attribute) + 1,
                        text(locale, "open311.attribute." + attribute.code),
                        values(attribute, locale)))
                .toList();
        return new GeoReport.ServiceDefinition(category.name(), attributes);
    }

    /** The category a service code names; an unknown one is 404, as the specification says. */
    static Category category(String serviceCode) {
        return Optional.ofNullable(serviceCode)
                .flatMap(code -> Arrays.stream(Category.values())
                        .filter(category -> category.name().equals(code))
                        .findFirst())
                .orElseThrow(() -> PetitionException.notFound("open311.service-not-found", serviceCode));
    }

    private List<GeoReport.Value> values(FormAttribute attribute, Locale locale) {
        return switch (attribute) {
            case REGION ->
                organisation.regions().stream()
                        .map(region -> new GeoReport.Value(region.getCode(), nameOf(region, locale)))
                        .toList();
            case CONFIDENTIAL ->
                List.of(
                        new GeoReport.Value("false", text(locale, "open311.attribute.confidential.false")),
                        new GeoReport.Value("true", text(locale, "open311.attribute.confidential.true")));
            default -> null;
        };
    }

    private static String nameOf(Region region, Locale locale) {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? region.getNameEn() : region.getNameZh();
    }

    private String text(Locale locale, String code) {
        return messages.text(locale, code);
    }
}
