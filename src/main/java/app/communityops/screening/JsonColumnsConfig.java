package app.communityops.screening;

import java.lang.reflect.Type;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.type.format.AbstractJsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hibernate 7.2 finds a JSON mapper for {@code jsonb} columns only in Jackson 2, which Boot 4 no longer brings;
 * without one, writing a membership's screening record fails. This hands Hibernate Jackson 3 instead (String
 * attributes pass through unchanged). It is persistence-wide and belongs with the persistence set-up; it lives
 * here because screening is the first feature to write such a column.
 */
@Configuration(proxyBeanMethods = false)
class JsonColumnsConfig {

    @Bean
    HibernatePropertiesCustomizer jsonFormatMapper() {
        return properties -> properties.putIfAbsent(MappingSettings.JSON_FORMAT_MAPPER, new Jackson3FormatMapper());
    }

    static final class Jackson3FormatMapper extends AbstractJsonFormatMapper {

        private final JsonMapper json = JsonMapper.shared();

        @Override
        protected <T> T fromString(CharSequence text, Type type) {
            return json.readValue(text.toString(), json.getTypeFactory().constructType(type));
        }

        @Override
        protected <T> String toString(T value, Type type) {
            return json.writerFor(json.getTypeFactory().constructType(type)).writeValueAsString(value);
        }
    }
}
