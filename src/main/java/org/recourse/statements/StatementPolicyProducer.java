package org.recourse.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.recourse.cases.Category;

/** Produces the statements' policy from the settings (defaults in META-INF/microprofile-config.properties). */
@ApplicationScoped
public class StatementPolicyProducer {

    @Produces
    @Singleton
    StatementPolicy statementPolicy() {
        Config config = ConfigProvider.getConfig(StatementPolicyProducer.class.getClassLoader());
        Map<Category, String> clauses = new EnumMap<>(Category.class);
        Map<Category, String> legal = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            config.getOptionalValue("recourse.statements.ground." + category.code(), String.class)
                    .ifPresent(clause -> clauses.put(category, clause));
            config.getOptionalValue("recourse.statements.legal-ground." + category.code(), String.class)
                    .ifPresent(ground -> legal.put(category, ground));
        }
        String window = config.getOptionalValue("recourse.appeals.window", String.class).orElse("P6M");
        String address = config.getOptionalValue("recourse.statements.appeal-address", String.class).orElse(null);
        return new StatementPolicy(clauses, legal, StatementPolicy.window(window), address);
    }
}
