<?php
/**
 * Plugin Name:       Role widgets
 * Description:       Blocks and shortcodes that explain engineering job roles: a role card, a salary band, a role comparison and a role finder.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       role-widgets
 *
 * @package role-widgets
 */

defined( 'ABSPATH' ) || exit;

const ROLE_WIDGETS_VERSION = '0.1.0';

/** The four elements: block name (after "role-widgets/") and shortcode, by tag name. */
const ROLE_WIDGETS_ELEMENTS = array(
	'role-card'    => 'role_card',
	'salary-band'  => 'salary_band',
	'role-compare' => 'role_compare',
	'role-finder'  => 'role_finder',
);

/** Values the elements accept, beside role ids (which come from the catalogue). */
const ROLE_WIDGETS_VARIANTS      = array( 'full', 'compact' );
const ROLE_WIDGETS_PERIODS       = array( 'year', 'month', 'hour' );
const ROLE_WIDGETS_CARD_SECTIONS = array( 'summary', 'pay', 'hours', 'technologies', 'duties', 'environment', 'requirements', 'prospects', 'questions', 'sources' );
const ROLE_WIDGETS_COMPARE_ROWS  = array( 'stack', 'summary', 'technologies', 'pay', 'hours', 'environment', 'duties', 'requirements', 'prospects', 'questions' );
const ROLE_WIDGETS_MAX_COMPARED  = 4;
/** A pay figure above this is a typing slip, not a salary; the band would be unreadable. */
const ROLE_WIDGETS_MAX_PAY = 10000000;

/**
 * The roles list built from the package's data/roles.json by `npm run build` (roles.php):
 * array( 'regions' => [...], 'groups' => [ [ 'id', 'label', 'roles' => [ [ 'id', 'title' ] ] ] ],
 * 'roles' => [ id => [ 'title', 'group', 'pay' => [ region => text ] ] ] ).
 */
function role_widgets_catalogue() {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$catalogue = require __DIR__ . '/roles.php';
	}
	return $catalogue;
}

/**
 * Where the script-tag files live, ending in a slash. The plugin's own copy unless a site sets
 * the role_widgets_base_url filter (or the option of the same name) to a CDN folder holding the
 * same version's role-widgets.js, chunks/ and role-widgets.css.
 */
function role_widgets_base_url() {
	$base = (string) get_option( 'role_widgets_base_url', '' );
	if ( '' === $base ) {
		$base = plugins_url( 'build/', __FILE__ );
	}
	return trailingslashit( (string) apply_filters( 'role_widgets_base_url', $base ) );
}

add_action( 'init', 'role_widgets_register' );

function role_widgets_register() {
	$base = role_widgets_base_url();
	// One code path from 6.1 to today: a registered script printed as type="module" (see
	// role_widgets_module_tag). The script-module API (6.5+) is not loaded into the 6.5 editor's
	// iframe and does not exist in 6.1, so it would need a second path for the same file.
	// No ?ver= on the module: its chunks import it back as "../role-widgets.js", and a second URL
	// would load a second copy. Its chunks carry content hashes in their names.
	wp_register_script( 'role-widgets', $base . 'role-widgets.js', array(), null, true );
	wp_register_style( 'role-widgets', $base . 'role-widgets.css', array(), ROLE_WIDGETS_VERSION );

	wp_register_script(
		'role-widgets-editor',
		plugins_url( 'editor/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		ROLE_WIDGETS_VERSION,
		false
	);
	// The components' and dashicons' styles come along so the placeholder looks right inside the
	// 6.5 editor's canvas iframe too, which loads a block's editorStyle and its dependencies only.
	wp_register_style( 'role-widgets-editor', plugins_url( 'editor/editor.css', __FILE__ ), array( 'wp-components', 'dashicons' ), ROLE_WIDGETS_VERSION );

	foreach ( array_keys( ROLE_WIDGETS_ELEMENTS ) as $tag ) {
		register_block_type(
			__DIR__ . '/blocks/' . $tag,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return role_widgets_render( $tag, (array) $attributes, true );
				},
			)
		);
		add_shortcode(
			ROLE_WIDGETS_ELEMENTS[ $tag ],
			function ( $atts ) use ( $tag ) {
				return role_widgets_render( $tag, role_widgets_shortcode_attributes( (array) $atts ), false );
			}
		);
	}
}

add_filter( 'script_loader_tag', 'role_widgets_module_tag', 10, 3 );

/**
 * Prints our script as a module. The whole tag is written anew, so a theme's
 * type="text/javascript" cannot remain. data-jetpack-boost="ignore" and data-no-optimize="1" ask
 * Jetpack Boost and LiteSpeed Cache to leave the tag alone (a module cannot be joined to classic scripts).
 */
function role_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'role-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"role-widgets-js\" data-jetpack-boost=\"ignore\" data-no-optimize=\"1\"></script>\n", esc_url( $src ) );
}

add_action( 'wp_enqueue_scripts', 'role_widgets_enqueue_for_content' );

/**
 * Early enqueue for singular pages whose content uses a block or shortcode, so the stylesheet
 * that reserves space lands in <head> in classic themes too. Anything else (widgets, page
 * builders, archives) is caught by the render itself, which enqueues late (footer).
 */
function role_widgets_enqueue_for_content() {
	$post = get_queried_object();
	if ( ! ( $post instanceof WP_Post ) ) {
		return;
	}
	foreach ( ROLE_WIDGETS_ELEMENTS as $tag => $shortcode ) {
		if ( has_block( 'role-widgets/' . $tag, $post ) || has_shortcode( $post->post_content, $shortcode ) ) {
			role_widgets_enqueue();
			return;
		}
	}
}

/** Once per page however many elements: WordPress queues a handle only once. */
function role_widgets_enqueue() {
	wp_enqueue_script( 'role-widgets' );
	/** Filters whether to load role-widgets.css, which reserves each element's space before the script runs. */
	if ( apply_filters( 'role_widgets_load_stylesheet', true ) ) {
		wp_enqueue_style( 'role-widgets' );
	}
}

add_action( 'enqueue_block_editor_assets', 'role_widgets_editor_data' );

/** The editor's roles list and the module's address (admin only; the front end gets no inline script). */
function role_widgets_editor_data() {
	$catalogue = role_widgets_catalogue();
	$data      = array(
		'groups'    => $catalogue['groups'],
		'regions'   => $catalogue['regions'],
		'sections'  => ROLE_WIDGETS_CARD_SECTIONS,
		'rows'      => ROLE_WIDGETS_COMPARE_ROWS,
		'moduleUrl' => role_widgets_base_url() . 'role-widgets.js',
	);
	wp_add_inline_script( 'role-widgets-editor', 'window.roleWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}

/** Shortcode attributes (role_id="…", bare sync_url) to the blocks' camelCase names. */
function role_widgets_shortcode_attributes( array $atts ) {
	$attributes = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word such as [role_finder sync_url] is a switch turned on.
			$key   = (string) $value;
			$value = 'true';
		}
		$name                = lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '_', '-' ), ' ', strtolower( $key ) ) ) ) );
		$attributes[ $name ] = $value;
	}
	return $attributes;
}

/** A role id from the catalogue, or null. */
function role_widgets_known_role( $value ) {
	$value = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	return isset( role_widgets_catalogue()['roles'][ $value ] ) ? $value : null;
}

/**
 * What the element is told when a role id is not in the catalogue: the value cut down to the
 * characters an id may hold, so the element shows its own "No role is called …" message and no
 * markup or URL from the attribute reaches the page.
 */
function role_widgets_unknown_role( $value ) {
	$value = is_scalar( $value ) ? strtolower( (string) $value ) : '';
	$value = substr( (string) preg_replace( '/[^a-z0-9-]+/', '', $value ), 0, 40 );
	return '' === $value ? 'unknown' : $value;
}

/** A list from an array or a comma-separated string, trimmed, without empties. */
function role_widgets_list( $value ) {
	if ( is_string( $value ) ) {
		$value = explode( ',', $value );
	}
	if ( ! is_array( $value ) ) {
		return array();
	}
	$items = array();
	foreach ( array_slice( $value, 0, 20 ) as $item ) {
		if ( is_scalar( $item ) && '' !== trim( (string) $item ) ) {
			$items[] = strtolower( trim( (string) $item ) );
		}
	}
	return array_values( array_unique( $items ) );
}

function role_widgets_pick( $value, array $allowed ) {
	$value = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	return in_array( $value, $allowed, true ) ? $value : null;
}

function role_widgets_region( $value ) {
	$value = is_scalar( $value ) ? strtoupper( trim( (string) $value ) ) : '';
	return in_array( $value, role_widgets_catalogue()['regions'], true ) ? $value : null;
}

function role_widgets_heading_level( $value ) {
	$level = is_numeric( $value ) ? (int) $value : 0;
	return ( $level >= 1 && $level <= 6 && (string) $level === trim( (string) $value ) ) ? (string) $level : null;
}

function role_widgets_pay( $value ) {
	if ( ! is_numeric( $value ) ) {
		return null;
	}
	$number = (float) $value;
	if ( ! is_finite( $number ) || $number < 0 || $number > ROLE_WIDGETS_MAX_PAY ) {
		return null;
	}
	return rtrim( rtrim( sprintf( '%.2F', $number ), '0' ), '.' );
}

function role_widgets_flag( $value ) {
	return true === $value || 1 === $value || ( is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '1', 'true', 'yes', 'on' ), true ) );
}

/**
 * The element's HTML attributes from block or shortcode attributes: only values the element
 * accepts; anything else is dropped (options) or reduced to an id-shaped word (roles).
 *
 * @return array{0: array<string,string|true>, 1: string[], 2: string[]} attributes, known role ids, unknown role ids
 */
function role_widgets_element_attributes( $tag, array $a ) {
	$html    = array();
	$known   = array();
	$unknown = array();
	$role_id = function ( $value ) use ( &$known, &$unknown ) {
		$id = role_widgets_known_role( $value );
		if ( null !== $id ) {
			$known[] = $id;
			return $id;
		}
		$unknown[] = role_widgets_unknown_role( $value );
		return end( $unknown );
	};

	if ( 'role-card' === $tag || 'salary-band' === $tag ) {
		$given = isset( $a['roleId'] ) && is_scalar( $a['roleId'] ) && '' !== trim( (string) $a['roleId'] );
		if ( $given ) {
			$html['role-id'] = $role_id( $a['roleId'] );
		}
	}
	if ( 'role-compare' === $tag ) {
		$ids = array_slice( role_widgets_list( $a['roles'] ?? array() ), 0, ROLE_WIDGETS_MAX_COMPARED + 2 );
		if ( $ids ) {
			$html['roles'] = implode( ',', array_map( $role_id, $ids ) );
		}
		$rows = array_values( array_intersect( role_widgets_list( $a['rows'] ?? array() ), ROLE_WIDGETS_COMPARE_ROWS ) );
		if ( $rows ) {
			$html['rows'] = implode( ',', $rows );
		}
		if ( role_widgets_flag( $a['differencesOnly'] ?? false ) ) {
			$html['differences-only'] = true;
		}
	}
	if ( 'role-card' === $tag ) {
		$variant = role_widgets_pick( $a['variant'] ?? '', ROLE_WIDGETS_VARIANTS );
		if ( $variant && 'full' !== $variant ) {
			$html['variant'] = $variant;
		}
		$sections = array_values( array_intersect( role_widgets_list( $a['sections'] ?? array() ), ROLE_WIDGETS_CARD_SECTIONS ) );
		if ( $sections ) {
			$html['sections'] = implode( ',', $sections );
		}
	}
	if ( 'salary-band' === $tag ) {
		$period = role_widgets_pick( $a['period'] ?? '', ROLE_WIDGETS_PERIODS );
		if ( $period && 'year' !== $period ) {
			$html['period'] = $period;
		}
		foreach ( array( 'value' => 'value', 'valueMax' => 'value-max' ) as $name => $attribute ) {
			$pay = role_widgets_pay( $a[ $name ] ?? null );
			if ( null !== $pay ) {
				$html[ $attribute ] = $pay;
			}
		}
		$label = isset( $a['valueLabel'] ) && is_scalar( $a['valueLabel'] ) ? trim( wp_strip_all_tags( (string) $a['valueLabel'] ) ) : '';
		if ( '' !== $label ) {
			$html['value-label'] = mb_substr( $label, 0, 60 );
		}
		if ( role_widgets_flag( $a['fullFigures'] ?? false ) ) {
			$html['full-figures'] = true;
		}
	}
	if ( 'role-finder' === $tag && role_widgets_flag( $a['syncUrl'] ?? false ) ) {
		$html['sync-url'] = true;
	}
	if ( 'salary-band' !== $tag ) {
		$level = role_widgets_heading_level( $a['headingLevel'] ?? '' );
		if ( null !== $level ) {
			$html['heading-level'] = $level;
		}
	}
	$region = role_widgets_region( $a['region'] ?? '' );
	if ( null !== $region ) {
		$html['region'] = $region;
	}
	return array( $html, $known, $unknown );
}

/** The fallback inside the element: the roles' titles and pay as plain text, for readers without scripts and for search engines. */
function role_widgets_fallback( $tag, array $known, array $unknown, $region ) {
	$roles = role_widgets_catalogue()['roles'];
	$lines = array();
	foreach ( $known as $id ) {
		$role    = $roles[ $id ];
		$pay     = $role['pay'][ $region ?? 'GB' ] ?? ( $role['pay']['GB'] ?? '' );
		$lines[] = '' === $pay ? $role['title'] . '.' : $role['title'] . ': ' . $pay;
	}
	if ( $unknown ) {
		$lines[] = __( 'This role is not in the catalogue.', 'role-widgets' );
	}
	if ( 'role-finder' === $tag ) {
		$lines[] = __( 'A guide to engineering roles: filter them by the work you like, how you like to work and pay. It needs JavaScript.', 'role-widgets' );
	}
	if ( ! $lines ) {
		$lines[] = 'role-compare' === $tag ? __( 'A comparison of engineering roles. It needs JavaScript.', 'role-widgets' ) : __( 'No role was chosen.', 'role-widgets' );
	}
	$html = '';
	foreach ( $lines as $line ) {
		$html .= '<p>' . esc_html( $line ) . '</p>';
	}
	return $html;
}

/**
 * The element's markup. Every attribute value is escaped with esc_attr, after it was checked
 * against what the element accepts.
 */
function role_widgets_render( $tag, array $attributes, $is_block ) {
	if ( ! isset( ROLE_WIDGETS_ELEMENTS[ $tag ] ) ) {
		return '';
	}
	list( $html, $known, $unknown ) = role_widgets_element_attributes( $tag, $attributes );
	role_widgets_enqueue();

	$parts = array();
	if ( $is_block && function_exists( 'get_block_wrapper_attributes' ) ) {
		$parts[] = get_block_wrapper_attributes();
	}
	foreach ( $html as $name => $value ) {
		$parts[] = true === $value ? $name : sprintf( '%s="%s"', $name, esc_attr( $value ) );
	}
	$open = trim( $tag . ' ' . implode( ' ', array_filter( $parts ) ) );
	return '<' . $open . '>' . role_widgets_fallback( $tag, $known, $unknown, $html['region'] ?? null ) . '</' . $tag . '>';
}
