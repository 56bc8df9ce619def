package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityContextTest {

    @Test
    @SuppressWarnings("unchecked")
    void podsRunAsNonRootOnAReadOnlyRootWithAWritableTmpAndNoCapabilities() {
        RenderedManifests manifests = ChartRenderer.render();

        for (String service : RenderedManifests.SERVICES) {
            Map<String, Object> pod = (Map<String, Object>) at(manifests.get("Deployment", RenderedManifests.objectName(service)),
                    "spec", "template", "spec");
            Map<String, Object> container = manifests.container(service);

            assertThat(at(pod, "securityContext", "runAsNonRoot")).as(service).isEqualTo(true);
            assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(service).isEqualTo(true);
            assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).as(service).isEqualTo(false);
            assertThat(at(container, "securityContext", "capabilities", "drop")).as(service).isEqualTo(List.of("ALL"));

            String tmpVolume = ((List<Map<String, Object>>) container.get("volumeMounts")).stream()
                    .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> (String) m.get("name")).findFirst().orElseThrow();
            assertThat((List<Map<String, Object>>) pod.get("volumes"))
                    .anyMatch(v -> tmpVolume.equals(v.get("name")) && v.containsKey("emptyDir"));
        }
    }
}
