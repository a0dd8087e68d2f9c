package app.communityops;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * CommunityOps: a multi-tenant console for running online communities by the C-ACM-MT model.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    static {
        // Liquibase otherwise reports usage over the network at start-up.
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    public static void main(String[] args) {
        GeneratedStart.useWhenPackaged();
        SpringApplication.run(Application.class, args);
    }
}
