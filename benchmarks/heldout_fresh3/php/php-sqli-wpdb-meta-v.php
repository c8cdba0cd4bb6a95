<?php
/**
 * Plugin Name: Meta Finder
 */

add_action('rest_api_init', function () {
    register_rest_route('metafinder/v1', '/posts', [
        'methods'             => 'GET',
        'permission_callback' => '__return_true',
        'callback'            => function (WP_REST_Request $request) {
            global $wpdb;
            $value = $request->get_param('color');
            $rows = $wpdb->get_results(
                "SELECT p.ID, p.post_title FROM {$wpdb->posts} p
                 JOIN {$wpdb->postmeta} m ON m.post_id = p.ID
                 WHERE m.meta_key = 'color' AND m.meta_value = '$value'
                 AND p.post_status = 'publish'"
            );
            return rest_ensure_response($rows);
        },
    ]);
});
