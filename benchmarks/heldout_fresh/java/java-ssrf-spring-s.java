package com.example.avatars;

import java.net.URI;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class AvatarProxyController {
    private static final Set<String> AVATAR_HOSTS = Set.of("avatars.githubusercontent.com", "www.gravatar.com");
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/avatar")
    public ResponseEntity<byte[]> proxy(@RequestParam("src") String src) {
        URI uri = URI.create(src);
        if (!"https".equals(uri.getScheme()) || uri.getPort() != -1 || uri.getUserInfo() != null
                || !AVATAR_HOSTS.contains(uri.getHost())) {
            return ResponseEntity.badRequest().build();
        }
        byte[] image = rest.getForObject(uri, byte[].class);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(image);
    }
}
