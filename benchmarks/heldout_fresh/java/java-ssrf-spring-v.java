package com.example.avatars;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class AvatarProxyController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/avatar")
    public ResponseEntity<byte[]> proxy(@RequestParam("src") String src) {
        byte[] image = rest.getForObject(src, byte[].class);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(image);
    }
}
