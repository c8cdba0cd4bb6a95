<?php
/**
 * Plugin Name: Team Badge
 * Description: [team_badge] shortcode that shows a member card; attributes can be overridden from the URL for previews.
 */

if (!defined('ABSPATH')) {
    exit;
}

function team_badge_render_card(array $a): string
{
    return '<div class="team-badge" style="border-color:' . $a['color'] . '">'
        . '<h3>' . $a['name'] . '</h3>'
        . '<p class="role">' . $a['role'] . '</p>'
        . '</div>';
}

function team_badge_shortcode($atts)
{
    $a = shortcode_atts(['name' => '', 'role' => '', 'color' => '#333'], $atts, 'team_badge');
    if (isset($_GET['badge_preview'])) {
        $a['name'] = wp_unslash($_GET['badge_name'] ?? $a['name']);
        $a['role'] = wp_unslash($_GET['badge_role'] ?? $a['role']);
    }
    $a['name'] = esc_html($a['name']);
    $a['role'] = esc_html($a['role']);
    $a['color'] = sanitize_hex_color($a['color']) ?: '#333';
    return team_badge_render_card($a);
}
add_shortcode('team_badge', 'team_badge_shortcode');
