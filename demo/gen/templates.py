"""Page templates, one per fictional outlet.

Each outlet has its own markup habits (semantic <article>, div soup, table
layout, hashed CSS class names, WordPress themes) and its own boilerplate:
cookie banners, menus, share buttons, related lists, newsletter boxes, comment
forms and footers, so that an extractor has real work to do. Article body
paragraphs are always direct <p> children of one container.
"""

import html
import zlib
import json
import re
from datetime import datetime, timedelta, timezone

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
EM = re.compile(r"__(.+?)__")


def inline(text):
    """Escape text and turn the small [text](url) / __em__ markup into HTML."""
    out = html.escape(text, quote=False)
    out = LINK.sub(lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), out)
    return EM.sub(lambda m: "<em>%s</em>" % m.group(1), out)


def plain(text):
    """The text a reader sees: markup removed."""
    return EM.sub(lambda m: m.group(1), LINK.sub(lambda m: m.group(1), text))


def stable(s):
    """A hash that is the same on every run (Python's hash() is salted)."""
    return zlib.crc32(s.encode("utf-8"))


def esc(s):
    return html.escape(s, quote=True)


def paras(art, indent="          ", cls=None):
    attr = ' class="%s"' % cls if cls else ""
    return "\n".join("%s<p%s>%s</p>" % (indent, attr, inline(p)) for p in art["paras"])


def utc(art):
    return datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def local(art, hours):
    tz = timezone(timedelta(hours=hours))
    return utc(art).astimezone(tz)


def iso_offset(art, hours):
    return local(art, hours).isoformat()


def human(dt, fmt):
    # Portable day without leading zero.
    return dt.strftime(fmt).replace("{d}", str(dt.day))


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False, indent=1)


def related(art, site, n=4):
    """(title, url) pairs for a related-articles box: same outlet first, then fillers."""
    same = [(a["title"], a["url"]) for a in site["articles"] if a["url"] != art["url"]]
    return (same + site["fillers"])[:n]


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ----------------------------------------------------------------------------
# Harbour Gazette: clean HTML5, <article>, meta published time, comments.


def gazette(art, site):
    dt = local(art, 2)
    rel = "\n".join('            <li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site))
    comments = art.get("comments", [])
    com = "\n".join(
        '          <li class="comment"><div class="comment__meta"><span class="comment__author">%s</span> '
        '<span class="comment__when">%d hours ago</span></div>\n            <div class="comment__text">%s</div></li>'
        % (esc(n), i + 2, esc(t)) for i, (n, t) in enumerate(comments))
    tags = "".join('<a class="tag" href="/tag/%s">%s</a> ' % (slugify(t), esc(t)) for t in art.get("tags", []))
    dek = '\n        <p class="story__standfirst">%s</p>' % esc(art["dek"]) if art.get("dek") else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(art['title'])} | Harbour Gazette</title>
  <link rel="canonical" href="{esc(art['url'])}">
  <meta name="description" content="{esc(plain(art['paras'][0])[:155])}">
  <meta name="author" content="{esc(art['byline'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Harbour Gazette">
  <meta property="og:title" content="{esc(art['title'])}">
  <meta property="og:url" content="{esc(art['url'])}">
  <meta property="og:image" content="https://harbourgazette.example/media/2026/03/{slugify(art['title'])[:40]}.jpg">
  <meta property="article:published_time" content="{art['published']}">
  <meta property="article:section" content="{esc(art['section'])}">
  <link rel="stylesheet" href="/assets/css/gazette.4f2a91.css">
  <link rel="alternate" type="application/rss+xml" title="Harbour Gazette" href="https://harbourgazette.example/feed/">
  <script async src="/assets/js/consent.js"></script>
</head>
<body class="page page--article section-{slugify(art['section'])}">
  <a class="skip-link" href="#main">Skip to content</a>
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
    <p>We use cookies to keep this site working, to understand how it is used and to show you relevant advertising. You can change your choice at any time in Privacy Settings.</p>
    <button type="button" class="btn btn--primary">Accept all</button> <button type="button" class="btn">Reject non-essential</button> <a href="/privacy">Privacy Settings</a>
  </div>
  <header class="masthead" id="top">
    <div class="masthead__date">Holvanka &middot; English edition</div>
    <a class="masthead__logo" href="/">Harbour Gazette</a>
    <nav class="mainnav" aria-label="Sections">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/city/">City</a></li>
        <li><a href="/port/">Port &amp; Shipping</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/culture/">Culture</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li class="mainnav__support"><a href="/support">Support us</a></li>
      </ul>
    </nav>
  </header>
  <main id="main">
    <article class="story">
      <header class="story__header">
        <a class="story__kicker" href="/{slugify(art['section'])}/">{esc(art['section'])}</a>
        <h1 class="story__headline">{esc(art['title'])}</h1>{dek}
        <p class="story__byline">By <a href="/authors/{slugify(art['byline'])}" rel="author">{esc(art['byline'])}</a></p>
        <time class="story__time" datetime="{art['published']}">{human(dt, '%A {d} %B %Y, %H:%M')}</time>
      </header>
      <figure class="story__image"><img src="/media/2026/03/{slugify(art['title'])[:40]}.jpg" alt="" width="1200" height="675"><figcaption>Photo: Harbour Gazette</figcaption></figure>
      <ul class="share share--top">
        <li><a class="share__fb" href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a></li>
        <li><a class="share__tw" href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a></li>
        <li><a class="share__mail" href="mailto:?subject={esc(art['title'])}">Email</a></li>
      </ul>
      <div class="story__body">
{paras(art)}
      </div>
      <footer class="story__footer">
        <div class="story__tags">Topics: {tags}</div>
        <ul class="share share--bottom">
          <li><a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a></li>
          <li><a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a></li>
        </ul>
      </footer>
    </article>
    <section class="newsletter-signup">
      <h2>The Morning Tide</h2>
      <p>Holvanka’s news, port and weather in your inbox before breakfast, every weekday.</p>
      <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email address"> <button>Sign up</button></form>
    </section>
    <aside class="related" aria-label="Related articles">
      <h2>Related articles</h2>
      <ul>
{rel}
      </ul>
    </aside>
    <section id="comments" class="comments">
      <h2>{len(comments)} Comments</h2>
      <ol class="comment-list">
{com}
      </ol>
      <div id="respond" class="comment-respond">
        <h3>Leave a Reply</h3>
        <p class="comment-notes">Your email address will not be published. Comments are moderated and may take some time to appear.</p>
        <form action="/comments/post" method="post">
          <label>Comment <textarea name="comment" rows="6"></textarea></label>
          <label>Name* <input name="author"></label>
          <label>Email* <input name="email" type="email"></label>
          <button type="submit">Post Comment</button>
        </form>
      </div>
    </section>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></nav>
    <p>&copy; 2026 Harbour Gazette Media Ltd. All rights reserved. Registered office: 4 Customs House Lane, Holvanka.</p>
    <a href="#top" class="scroll-top">Scroll to Top</a>
  </footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Northwire: a wire service, div soup, JSON-LD with a local offset.


def northwire(art, site):
    dt = local(art, 2)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": iso_offset(art, 2), "dateModified": iso_offset(art, 2),
          "author": [{"@type": "Person", "name": art["byline"]}],
          "publisher": {"@type": "Organization", "name": "Northwire",
                        "logo": {"@type": "ImageObject", "url": "https://www.northwire.example/static/logo.png"}},
          "mainEntityOfPage": art["url"], "inLanguage": "en"}
    rel = "\n".join('<div class="nw-more-item"><a href="%s">%s</a></div>' % (u, esc(t)) for t, u in related(art, site))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(art['title'])} - Northwire</title>
<meta name="viewport" content="width=device-width">
<link rel="canonical" href="{esc(art['url'])}">
<meta property="og:title" content="{esc(art['title'])}">
<meta property="og:site_name" content="Northwire">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://static.northwire.example/css/nw-main.min.css?v=2026.3">
{jsonld(ld)}
<script src="https://static.northwire.example/js/analytics.js" defer></script>
</head>
<body>
<div id="nw-wrap">
<div class="nw-gdpr" id="gdpr-box">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/en/cookies">Find out more</a> <span class="nw-gdpr-ok">OK</span></div>
<div class="nw-hdr">
<div class="nw-logo"><a href="/en/">NORTHWIRE</a></div>
<div class="nw-menu">
<a href="/en/world/">World</a> <a href="/en/national/">National</a> <a href="/en/business/">Business</a> <a href="/en/science/">Science</a> <a href="/en/sport/">Sport</a> <a href="/en/photos/">Photos</a> <a href="/en/services/">For media clients</a>
</div>
<div class="nw-search"><form action="/en/search"><input name="q" placeholder="Search Northwire"></form></div>
</div>
<div class="nw-main">
<div class="nw-left">
<div class="nw-crumbs"><a href="/en/">Home</a> &raquo; <a href="/en/{slugify(art['section'])}/">{esc(art['section'])}</a></div>
<div class="nw-story">
<div class="nw-headline"><h1>{esc(art['title'])}</h1></div>
<div class="nw-meta"><div class="nw-byline">By {esc(art['byline'])}</div><div class="nw-dateline">{human(dt, '{d} %b %Y %H:%M')} (UTC+2)</div></div>
<div class="nw-tools"><a class="nw-share fb" href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a><a class="nw-share tw" href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a><a class="nw-share li" href="#">LinkedIn</a><a class="nw-print" href="javascript:window.print()">Print</a></div>
<div class="nw-storybody" itemprop="articleBody">
{paras(art, indent='')}
</div>
<div class="nw-copy">&copy; Northwire 2026. Redistribution of Northwire content is expressly prohibited without prior written consent.</div>
</div>
</div>
<div class="nw-right">
<div class="nw-box nw-newsletter"><div class="nw-box-title">Northwire Briefing</div><div>Get the day’s top stories from our correspondents, every morning at 6.</div><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>
<div class="nw-box nw-more"><div class="nw-box-title">More from Northwire</div>
{rel}
</div>
<div class="nw-box nw-ad">Advertisement</div>
</div>
</div>
<div class="nw-foot">
<div><a href="/en/about">About Northwire</a> &middot; <a href="/en/contact">Contact</a> &middot; <a href="/en/terms">Terms of use</a> &middot; <a href="/en/cookies">Cookies</a></div>
<div>&copy; 2026 Northwire News Agency. All rights reserved.</div>
<div class="nw-top"><a href="#nw-wrap">Scroll to Top &uarr;</a></div>
</div>
</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Valley Post: an older CMS, dates only in the URL path.


def valleypost(art, site):
    rel = "\n".join('      <li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site, 5))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(art['title'])} &laquo; The Valley Post</title>
<link rel="canonical" href="{esc(art['url'])}" />
<meta name="author" content="{esc(art['byline'])}" />
<meta name="keywords" content="Ashcombe, Ridgeway, Kest valley, {esc(art['section'].lower())}" />
<link rel="stylesheet" type="text/css" href="/wp-content/themes/valley/style.css" />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.js"></script>
</head>
<body>
<div id="wrapper">
  <div id="cookie-notice">The Valley Post uses cookies for statistics and ads. <a href="/cookie-policy/">More info</a> | <a href="#" class="cn-accept">I agree</a></div>
  <div id="header">
    <div id="logo"><a href="/"><img src="/wp-content/themes/valley/logo.png" alt="The Valley Post" /></a></div>
    <div id="tagline">News for the Kest and Combe valleys since 1921</div>
  </div>
  <div id="menu">
    <ul>
      <li><a href="/">Home</a></li><li><a href="/category/local/">Local</a></li><li><a href="/category/national/">National</a></li><li><a href="/category/culture/">Culture</a></li><li><a href="/category/sport/">Sport</a></li><li><a href="/category/letters/">Letters</a></li><li><a href="/notices/">Notices</a></li>
    </ul>
  </div>
  <div id="container">
    <div class="main-col">
      <div class="post">
        <div class="post-cat"><a href="/category/{slugify(art['section'])}/">{esc(art['section'])}</a></div>
        <h1 class="post-title">{esc(art['title'])}</h1>
        <div class="author-line">{esc(art['byline'])}</div>
        <div class="share-row"><a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a> | <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a> | <a href="/print/?p={esc(art['url'])}">Print</a></div>
        <div class="post-body">
{paras(art, indent='        ')}
        </div>
        <div class="post-footer">Filed under: <a href="/category/{slugify(art['section'])}/">{esc(art['section'])}</a></div>
      </div>
      <div id="comments-area">
        <h3>Leave a Reply</h3>
        <div class="comment-hint">You must be <a href="/wp-login.php">logged in</a> to post a comment.</div>
      </div>
    </div>
    <div class="sidebar">
      <div class="widget"><h4>Related articles</h4>
      <ul>
{rel}
      </ul></div>
      <div class="widget newsletter"><h4>Get the Valley Post by email</h4><p>Our weekly round-up of valley news, every Friday.</p><input type="text" value="email address" /> <input type="submit" value="Go" /></div>
      <div class="widget"><h4>Notices</h4><p>Births, marriages and deaths: call the front desk on 01632 960 412.</p></div>
    </div>
  </div>
  <div id="footer">
    <p>Copyright &copy; 2026 The Valley Post. All rights reserved. | <a href="/about/">About</a> | <a href="/contact/">Contact</a></p>
    <p><a href="#wrapper" id="back-top">Scroll to Top</a></p>
  </div>
</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Pulse24: a WordPress news theme; relays wire copy.


def pulse24(art, site):
    rel = "\n".join('<div class="td-related-span4"><div class="td-module-thumb"><a href="%s" rel="bookmark" title="%s">%s</a></div></div>'
                    % (u, esc(t), esc(t)) for t, u in related(art, site, 3))
    comments = art.get("comments", [])
    com = "\n".join('<li class="comment"><article><footer><div class="comment-author vcard"><cite class="fn">%s</cite></div></footer><div class="comment-content"><p>%s</p></div></article></li>'
                    % (esc(n), esc(t)) for n, t in comments)
    src = ""
    if art.get("source_link"):
        name, url = art["source_link"]
        src = f'<div class="td-post-source-tags"><div class="td-post-source"><span class="td-source-label">SOURCE</span> <a rel="nofollow" href="{esc(url)}">{esc(name)}</a></div></div>'
    return f"""<!doctype html >
<!--[if IE 8]><html class="ie8" lang="en"> <![endif]-->
<html lang="en-US">
<head>
    <title>{esc(art['title'])} - Pulse24</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://pulse24.example/xmlrpc.php" />
    <meta name="robots" content="index, follow, max-image-preview:large" />
    <link rel="canonical" href="{esc(art['url'])}" />
    <meta property="og:locale" content="en_US" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{esc(art['title'])}" />
    <meta property="og:site_name" content="Pulse24" />
    <meta property="article:published_time" content="{iso_offset(art, 0)}" />
    <meta name="author" content="{esc(art['byline'])}" />
    <link rel='stylesheet' id='td-theme-css' href='https://pulse24.example/wp-content/themes/Newspaper/style.css?ver=12.6' type='text/css' media='all' />
    <script type='text/javascript' src='https://pulse24.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post single-format-standard td-standard-pack">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i><span>Scroll to Top</span></div>
<div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
  <div class="td-header-wrap td-header-style-1">
    <div class="td-header-top-menu"><div class="td-header-sp-top-menu"><div class="td_data_time">Breaking news, 24 hours a day</div>
      <ul class="top-header-menu"><li><a href="/about-us/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li></ul></div></div>
    <div class="td-header-menu-wrap"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu">
      <li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/world/">World</a></li><li class="menu-item"><a href="/category/politics/">Politics</a></li><li class="menu-item"><a href="/category/health/">Health</a></li><li class="menu-item"><a href="/category/tech/">Tech</a></li><li class="menu-item"><a href="/category/entertainment/">Entertainment</a></li>
    </ul></div></div>
  </div>
  <div class="td-main-content-wrap td-container-wrap">
    <div class="td-container td-post-template-default">
      <div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/{slugify(art['section'])}/">{esc(art['section'])}</a></span></div></div>
      <div class="td-pb-row">
        <div class="td-pb-span8 td-main-content" role="main">
          <div class="td-ss-main-content">
            <article id="post-{stable((art['url'])) % 90000 + 10000}" class="post type-post status-publish format-standard">
              <div class="td-post-header">
                <ul class="td-category"><li class="entry-category"><a href="/category/{slugify(art['section'])}/">{esc(art['section'])}</a></li></ul>
                <header class="td-post-title">
                  <h1 class="entry-title">{esc(art['title'])}</h1>
                  <div class="td-module-meta-info">
                    <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/desk/">{esc(art['byline'])}</a><div class="td-author-line"> - </div></div>
                    <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_offset(art, 0)}">{human(local(art, 0), '%B {d}, %Y')}</time></span>
                    <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{stable((art['title'])) % 9000}">1{stable((art['title'])) % 900}</span></div>
                  </div>
                </header>
              </div>
              <div class="td-post-sharing-top"><div class="td-post-sharing"><a class="td-social-sharing-button td-social-facebook" href="https://facebook.example/sharer.php?u={esc(art['url'])}"><span class="td-social-but-text">Share on Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="https://x.example/intent/tweet?url={esc(art['url'])}"><span class="td-social-but-text">Tweet</span></a><a class="td-social-sharing-button td-social-whatsapp" href="whatsapp://send?text={esc(art['url'])}">WhatsApp</a></div></div>
              <div class="td-post-content tagdiv-type">
{paras(art, indent='')}
              </div>
              <footer>
                {src}
                <div class="td-post-sharing-bottom"><a href="https://facebook.example/sharer.php?u={esc(art['url'])}">Share on Facebook</a> <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a></div>
                <div class="td-author-name vcard author"><div class="td-author-description">The Pulse24 desk brings you the stories everyone is talking about, from around the world and around the clock.</div></div>
              </footer>
            </article>
            <div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a href="#" class="td-related-left td-cur-simple-item">RELATED ARTICLES</a><a href="#" class="td-related-right">MORE FROM AUTHOR</a></h4>
{rel}
            </div>
            <div class="comments" id="comments">
              <ol class="comment-list">
{com}
              </ol>
              <div id="respond" class="comment-respond">
                <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
                <form action="https://pulse24.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
                  <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
                  <div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
                  <div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required='true' /></div>
                  <div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /></div>
                  <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
                  <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
                </form>
              </div>
            </div>
          </div>
        </div>
        <div class="td-pb-span4 td-main-sidebar" role="complementary">
          <div class="td_block_wrap td_block_social_counter"><span class="td-social-button">Like us on Facebook</span> <span class="td-social-button">Follow us</span></div>
          <div class="td_block_wrap td_block_newsletter"><h4 class="block-title"><span>Newsletter</span></h4><p>Subscribe to get the top stories of the day straight to your inbox.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
          <div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span></div>
        </div>
      </div>
    </div>
  </div>
  <div class="td-footer-wrapper td-container-wrap">
    <div class="td-footer-bottom-full"><div class="td-pb-span12"><div class="block-title"><span>ABOUT US</span></div><div class="footer-text-wrap">Pulse24 - the pulse of the world, 24 hours a day. Contact us: <a href="mailto:desk@pulse24.example">desk@pulse24.example</a></div></div></div>
  </div>
  <div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">&copy; Pulse24 2026 - All rights reserved. Powered by WordPress.</div></div>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience. By clicking &ldquo;Accept&rdquo;, you consent to the use of ALL the cookies.<a role='button' data-cli_action="accept" id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span></div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# InfoBridge: table layout, windows-1252, no dates anywhere.


def infobridge(art, site):
    rel = "<br>\n".join('&raquo; <a href="%s">%s</a>' % (u, esc(t)) for t, u in related(art, site, 5))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>InfoBridge :: {esc(art['title'])}</title>
<link rel="canonical" href="{esc(art['url'])}">
<meta name="keywords" content="news, world, latest, infobridge">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script type="text/javascript">var _ib_id = "IB-2219";</script>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<a name="top"></a>
<div id="cookiebar" style="background:#333;color:#fff;padding:4px">This website uses cookies to ensure you get the best experience. <a href="/cookies.php" style="color:#fc0">Learn more</a> <b>[Got it!]</b></div>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="head"><a href="/"><img src="/img/infobridge_logo.gif" alt="InfoBridge - news without borders" border="0"></a></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">HOME</a> | <a href="/cat.php?c=world">WORLD</a> | <a href="/cat.php?c=politics">POLITICS</a> | <a href="/cat.php?c=local">LOCAL</a> | <a href="/cat.php?c=science">SCIENCE</a> | <a href="/cat.php?c=video">VIDEO</a> | <a href="/contact.php">CONTACT</a></td></tr>
<tr>
<td width="700" valign="top" class="content">
<div class="cat">{esc(art['section'].upper())}</div>
<h1 class="title">{esc(art['title'])}</h1>
<div class="author">{esc(art['byline'])}</div>
<div class="sharebar"><a href="https://facebook.example/sharer?u={esc(art['url'])}"><img src="/img/fb.gif" alt="" border="0"> Share on Facebook</a> &nbsp; <a href="https://x.example/intent/tweet?url={esc(art['url'])}"><img src="/img/tw.gif" alt="" border="0"> Tweet</a></div>
<div id="text">
{paras(art, indent='')}
</div>
<div class="views">Views: {stable((art['url'])) % 4000 + 300}</div>
<div class="commentbox"><b>Leave a Reply</b><br>
<form method="post" action="/comment.php"><textarea name="msg" cols="60" rows="5"></textarea><br>Name: <input name="name"> <input type="submit" value="Send"></form></div>
</td>
<td width="280" valign="top" class="right">
<div class="boxtitle">Related articles</div>
<div class="box">{rel}</div>
<div class="boxtitle">Newsletter</div>
<div class="box">Enter your e-mail to receive our daily digest:<br><input name="nl"> <input type="button" value="OK"></div>
<div class="box"><img src="/banners/casino_300x250.gif" alt="advertisement" width="250"></div>
</td>
</tr>
<tr><td colspan="2" class="foot">Copyright &copy; 2012-2026 InfoBridge. All materials are for information purposes only. | <a href="#top">Scroll to Top</a></td></tr>
</table>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Today Report: <main>/<article>, dates only in the URL path.


def todayreport(art, site):
    rel = "\n".join('        <a class="tr-card" href="%s"><span class="tr-card-title">%s</span></a>' % (u, esc(t)) for t, u in related(art, site, 4))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art['title'])} | Today Report</title>
<link rel="canonical" href="{esc(art['url'])}">
<meta name="description" content="{esc(plain(art['paras'][0])[:150])}">
<meta property="og:site_name" content="Today Report">
<meta property="og:title" content="{esc(art['title'])}">
<link rel="preload" href="/fonts/inter-var.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/build/app.8c1e.css">
</head>
<body>
<div class="tr-consent" data-component="consent">
  <p>Today Report and our partners use cookies and similar technologies to personalise content and ads.</p>
  <button>Agree and close</button> <button>Manage options</button>
</div>
<header class="tr-top" id="page-top">
  <a class="tr-brand" href="/">Today<b>Report</b></a>
  <nav class="tr-nav"><a href="/world/">World</a><a href="/science/">Science</a><a href="/culture/">Culture</a><a href="/money/">Money</a><a href="/sport/">Sport</a><a href="/video/">Video</a></nav>
  <a class="tr-subscribe" href="/subscribe">Subscribe</a>
</header>
<main class="tr-main">
  <article class="tr-article">
    <div class="tr-section"><a href="/{slugify(art['section'])}/">{esc(art['section'])}</a></div>
    <h1>{esc(art['title'])}</h1>
    <div class="tr-byline"><span class="author">By {esc(art['byline'])}</span></div>
    <div class="tr-share"><button data-share="facebook">Share on Facebook</button><button data-share="twitter">Tweet</button><button data-share="copy">Copy link</button></div>
    <div class="article-text">
{paras(art, indent='      ')}
    </div>
    <div class="tr-share tr-share--end"><button data-share="facebook">Share on Facebook</button><button data-share="twitter">Tweet</button></div>
  </article>
  <section class="tr-newsletter">
    <h2>Start your day with Today Report</h2>
    <p>The five stories you need, in five minutes. Free, every weekday morning.</p>
    <form><input type="email" aria-label="Email"><button>Sign me up</button></form>
  </section>
  <section class="tr-related">
    <h2>Related articles</h2>
    <div class="tr-cards">
{rel}
    </div>
  </section>
</main>
<footer class="tr-footer">
  <p><a href="/about">About</a> · <a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p>
  <p>© 2026 Today Report Digital. All rights reserved.</p>
  <a class="tr-totop" href="#page-top">Scroll to Top</a>
</footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Frontier Observer: WordPress with a Yoast-style JSON-LD @graph.


def frontier(art, site):
    url = art["url"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": art["title"] + " - Frontier Observer",
         "isPartOf": {"@id": "https://frontierobserver.example/#website"}, "inLanguage": "en-US"},
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "headline": art["title"],
         "datePublished": iso_offset(art, 0), "dateModified": iso_offset(art, 0),
         "author": {"name": art["byline"], "@id": "https://frontierobserver.example/#/schema/person/1"},
         "publisher": {"@id": "https://frontierobserver.example/#organization"},
         "articleSection": [art["section"]], "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://frontierobserver.example/#website", "url": "https://frontierobserver.example/",
         "name": "Frontier Observer", "publisher": {"@id": "https://frontierobserver.example/#organization"}},
        {"@type": "Organization", "@id": "https://frontierobserver.example/#organization", "name": "Frontier Observer",
         "url": "https://frontierobserver.example/"},
    ]}
    rel = "\n".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site, 4))
    comments = art.get("comments", [])
    com = "\n".join('<li class="comment"><div class="comment-body"><b class="fn">%s</b> <span class="says">says:</span><p>%s</p></div></li>'
                    % (esc(n), esc(t)) for n, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art['title'])} - Frontier Observer</title>
<!-- This site is optimized with the Yoast SEO plugin -->
<link rel="canonical" href="{esc(url)}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(art['title'])}" />
<meta property="og:url" content="{esc(url)}" />
<meta property="og:site_name" content="Frontier Observer" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="{esc(art['byline'])}" />
{jsonld(graph)}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='generatepress-css' href='https://frontierobserver.example/wp-content/themes/generatepress/style.min.css' media='all' />
</head>
<body class="post-template-default single single-post">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
  <div class="inside-header"><div class="site-branding"><p class="main-title"><a href="https://frontierobserver.example/" rel="home">Frontier Observer</a></p><p class="site-description">The news they don’t want you to read</p></div></div>
  <nav class="main-navigation" id="site-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/politics/">Politics</a></li><li><a href="/category/world/">World</a></li><li><a href="/category/analysis/">Analysis</a></li><li><a href="/category/sport/">Sport</a></li><li><a href="/donate/">Donate</a></li></ul></nav>
</header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-{stable((url)) % 9000 + 1000}" class="post type-post status-publish">
<div class="inside-article">
<header class="entry-header">
<h1 class="entry-title">{esc(art['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso_offset(art, 0)}">{human(local(art, 0), '%B {d}, %Y')}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/editor/">{esc(art['byline'])}</a></span></span></div>
</header>
<div class="entry-content">
{paras(art, indent='')}
</div>
<footer class="entry-meta"><span class="cat-links"><a href="/category/{slugify(art['section'])}/" rel="category tag">{esc(art['section'])}</a></span>
<div class="share-buttons"><a href="https://facebook.example/sharer?u={esc(url)}">Share on Facebook</a> <a href="https://x.example/intent/tweet?url={esc(url)}">Tweet</a> <a href="https://t.example/share/url?url={esc(url)}">Telegram</a></div>
</footer>
</div>
</article>
<div class="related-posts"><h3>Related articles</h3><ul>
{rel}
</ul></div>
<div class="comments-area" id="comments">
<ol class="comment-list">
{com}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p><input name="author" placeholder="Name *"> <input name="email" placeholder="Email *"></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
</main></div>
<div class="widget-area sidebar" id="right-sidebar"><aside class="widget"><h2 class="widget-title">Subscribe</h2><p>Join 40,000 readers who get the truth first. No spam.</p><form><input type="email"><button>Join</button></form></aside><aside class="widget"><h2 class="widget-title">Support independent media</h2><p>We take no money from governments or corporations. Your donation keeps us online.</p></aside></div>
</div>
</div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">&copy; 2026 Frontier Observer &bull; Built with GeneratePress</div></footer></div>
<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top">Scroll to Top</a>
<div id="gdpr-cookie-notice">We use cookies. <button>OK</button></div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# NewsGlobe Daily: Blogger-like, no dates.


def newsglobe(art, site):
    rel = "\n".join("<li><a href='%s'>%s</a></li>" % (u, esc(t)) for t, u in related(art, site, 4))
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<title>NewsGlobe Daily: {esc(art['title'])}</title>
<link href='{esc(art['url'])}' rel='canonical'/>
<meta content='{esc(art['title'])}' property='og:title'/>
<link href='https://newsglobe-daily.example/feeds/posts/default' rel='alternate' title='NewsGlobe Daily - Atom' type='application/atom+xml'/>
<link type='text/css' rel='stylesheet' href='https://newsglobe-daily.example/static/widgets.css'/>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar'><a href='/search'>Search</a> | <a href='/p/about.html'>About</a> | <a href='/p/contact.html'>Contact</a></div></div>
<div class='outer-wrapper'>
<div class='header-outer'><div class='Header'><h2 class='title'><a href='/'>NewsGlobe Daily</a></h2><p class='description'>All the news from all over the globe</p></div></div>
<div class='tabs-outer'><ul class='PageList'><li><a href='/'>Home</a></li><li><a href='/search/label/World'>World</a></li><li><a href='/search/label/Politics'>Politics</a></li><li><a href='/search/label/Lifestyle'>Lifestyle</a></li><li><a href='/search/label/Video'>Video</a></li></ul></div>
<div class='main-outer'><div class='columns'>
<div class='column-center-inner'>
<div class='blog-posts hfeed'>
<div class='post-outer'>
<div class='post hentry' itemprop='blogPost'>
<h1 class='post-title entry-title' itemprop='name'>{esc(art['title'])}</h1>
<div class='post-header'><div class='post-header-line-1'>Posted by <span class='fn'>{esc(art['byline'])}</span></div></div>
<div class='post-body entry-content' id='post-body-{stable((art['url'])) % 99999}' itemprop='description articleBody'>
{paras(art, indent='')}
</div>
<div class='post-footer'>
<div class='post-share-buttons'><a class='share-button sb-facebook' href='https://facebook.example/sharer?u={esc(art['url'])}'>Share on Facebook</a> <a class='share-button sb-twitter' href='https://x.example/intent/tweet?url={esc(art['url'])}'>Tweet</a> <a class='share-button sb-email' href='#'>Email This</a> <a class='share-button sb-blog' href='#'>BlogThis!</a></div>
<div class='post-footer-line'>Labels: <a href='/search/label/{esc(art['section'])}' rel='tag'>{esc(art['section'])}</a></div>
</div>
</div>
<div class='comments' id='comments'><h4>No comments:</h4><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Leave a Reply</h4><p>Note: Only a member of this blog may post a comment.</p></div></div>
</div>
</div>
<div class='blog-pager'><a class='home-link' href='/'>Home</a></div>
</div>
<div class='column-right-inner'>
<div class='widget PopularPosts'><h2>Related articles</h2><ul>
{rel}
</ul></div>
<div class='widget FollowByEmail'><h2 class='title'>Follow by Email</h2><form><input class='follow-by-email-address' placeholder='Email address...' type='text'/><input class='follow-by-email-submit' type='submit' value='Submit'/></form></div>
</div>
</div></div>
<div class='footer-outer'><div class='Attribution'>Copyright &#169; NewsGlobe Daily. Powered by Blogger.</div><a href='#' class='back-to-top'>Scroll to Top</a></div>
</div>
<div id='cookieChoiceInfo'>This site uses cookies from Google to deliver its services and to analyse traffic. <a href='#'>Learn more</a> <a href='#'>Ok</a></div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# MetroFlash: server-rendered React with hashed class names.


def metroflash(art, site):
    h = lambda s: "css-" + format(stable((s)) % 0xFFFFF, "x")
    rel = "".join('<li class="%s"><a class="%s" href="%s">%s</a></li>' % (h("rl"), h("ra"), u, esc(t)) for t, u in related(art, site, 4))
    body = "\n".join('<p class="%s">%s</p>' % (h("p"), inline(p)) for p in art["paras"])
    dt = local(art, 2)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(art['title'])} | MetroFlash</title><link rel="canonical" href="{esc(art['url'])}"/><meta property="og:title" content="{esc(art['title'])}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{art['published']}"/><meta name="author" content="{esc(art['byline'])}"/><link rel="preload" as="script" href="/_next/static/chunks/main-3f9a1c.js"/><link rel="stylesheet" href="/_next/static/css/8d2c.css"/></head>
<body><div id="__next"><div class="{h('app')}">
<div class="{h('banner')}" role="region" aria-label="cookie consent"><span>We and our 214 partners store and access information on your device.</span><button class="{h('btn')}">Accept</button><button class="{h('btn2')}">Customise</button></div>
<header class="{h('hdr')}"><a class="{h('logo')}" href="/">Metro<span>Flash</span></a><nav class="{h('nav')}"><a href="/news">News</a><a href="/politics">Politics</a><a href="/food">Food</a><a href="/city">City</a><a href="/showbiz">Showbiz</a><a href="/puzzles">Puzzles</a></nav></header>
<main class="{h('main')}"><div class="{h('grid')}"><div class="{h('col')}">
<div class="{h('kicker')}">{esc(art['section'])}</div>
<h1 class="{h('h1')}">{esc(art['title'])}</h1>
<div class="{h('meta')}"><div class="{h('by')}">{esc(art['byline'])}</div><div class="{h('time')}">{human(dt, '{d} %B %Y, %H:%M')}</div></div>
<div class="{h('share')}"><a aria-label="Share on Facebook" href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a><a aria-label="Tweet" href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a></div>
<div class="{h('body')}">
{body}
</div>
<div class="{h('nl')}"><div class="{h('nlt')}">Get MetroFlash in your inbox</div><div class="{h('nlb')}">Breaking news and the city’s best tips, twice a day.</div><input type="email" placeholder="you@example.com"/><button>Sign up</button></div>
<div class="{h('rel')}"><div class="{h('relt')}">Related articles</div><ul class="{h('rlist')}">{rel}</ul></div>
<div class="{h('cmts')}"><div class="{h('cmtt')}">Comments</div><div class="{h('cmtb')}">Leave a Reply: sign in to join the conversation.</div></div>
</div></div></main>
<footer class="{h('ftr')}"><div>© 2026 MetroFlash Media Group</div><div><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/contact">Contact</a></div><button class="{h('top')}">Scroll to Top</button></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{{"page":"/article","buildId":"mf-20260314"}}</script></body></html>
"""


# ----------------------------------------------------------------------------
# Ports & Cargo Weekly: trade press, schema.org microdata, meta published time.


def portscargo(art, site):
    dt = local(art, 1)
    rel = "\n".join('      <li class="teaser"><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site, 4))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(art['title'])} – Ports &amp; Cargo Weekly</title>
  <link rel="canonical" href="{esc(art['url'])}">
  <meta name="author" content="{esc(art['byline'])}">
  <meta property="article:published_time" content="{art['published']}">
  <meta property="og:site_name" content="Ports &amp; Cargo Weekly">
  <meta property="og:title" content="{esc(art['title'])}">
  <link rel="stylesheet" href="/static/pcw.css">
</head>
<body>
  <div class="consent-overlay"><div class="consent-box"><h2>Your privacy</h2><p>We use cookies to measure our audience and to offer our subscribers a personalised service.</p><button>Accept</button><button>Settings</button></div></div>
  <div class="topbar"><span>Trade intelligence for the maritime industry</span> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
  <header class="site-header">
    <a class="brand" href="/">Ports &amp; Cargo <em>Weekly</em></a>
    <nav class="primary"><a href="/news/">News</a> <a href="/analysis/">Analysis</a> <a href="/technology/">Technology</a> <a href="/containers/">Containers</a> <a href="/ferries/">Ferries &amp; Ro-Ro</a> <a href="/events/">Events</a> <a href="/jobs/">Jobs</a></nav>
  </header>
  <div class="page">
    <article class="article" itemscope itemtype="http://schema.org/Article">
      <p class="article__section">{esc(art['section'])}</p>
      <h1 class="article__title" itemprop="headline">{esc(art['title'])}</h1>
      <p class="article__meta">by <span itemprop="author">{esc(art['byline'])}</span> · <time>{human(dt, '{d} %B %Y')}</time></p>
      <div class="article__share">Share: <a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a> · <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a> · <a href="https://linkedin.example/share?url={esc(art['url'])}">LinkedIn</a></div>
      <div class="article__content" itemprop="articleBody">
{paras(art, indent='        ')}
      </div>
      <div class="article__author-box"><b>{esc(art['byline'])}</b> covers ports, ferries and maritime policy for Ports &amp; Cargo Weekly.</div>
    </article>
    <aside class="rail">
      <div class="rail__box newsletter"><h3>Daily Briefing</h3><p>Ship calls, tenders and terminal news from 40 ports. Free for registered users.</p><a class="button" href="/register">Register</a></div>
      <div class="rail__box"><h3>Related articles</h3><ul>
{rel}
      </ul></div>
      <div class="rail__box event">PORTEX 2026 · Merevo · 12–14 May · <a href="/events/portex">Book now</a></div>
    </aside>
  </div>
  <footer class="site-footer">
    <p>Ports &amp; Cargo Weekly is published by Quayside Media. © 2026 Quayside Media. All rights reserved. No part of this publication may be reproduced without permission.</p>
    <p><a href="/about">About</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy</a> <a href="#" class="back-to-top">Scroll to Top</a></p>
  </footer>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Capital Courier: national daily, JSON-LD with a local offset, comments.


def courier(art, site):
    dt = local(art, 2)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "datePublished": iso_offset(art, 2), "author": {"@type": "Person", "name": art["byline"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Capital Courier"},
          "articleSection": art["section"], "url": art["url"]}
    rel = "\n".join('<li class="cc-rel-item"><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site, 4))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(art['title'])} — Capital Courier</title>
<link rel="canonical" href="{esc(art['url'])}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(art['title'])}">
<meta property="og:site_name" content="Capital Courier">
{jsonld(ld)}
<link href="/res/cc.css" rel="stylesheet">
</head>
<body class="cc">
<div id="cc-cookies" class="cc-cookies">Cookies help us deliver our services. By using our services, you agree to our use of cookies. <a href="/cookies">OK</a></div>
<div class="cc-top" id="top"><div class="cc-date">{human(dt, '%A, {d} %B %Y')}</div><div class="cc-weather">Capital: 9°C, cloudy</div></div>
<div class="cc-brand"><a href="/">THE CAPITAL COURIER</a><span>Daily since 1994</span></div>
<ul class="cc-nav"><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/regions">Regions</a></li><li><a href="/world">World</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul>
<div class="cc-article">
<div class="cc-rubric">{esc(art['section'])}</div>
<h1 class="cc-title">{esc(art['title'])}</h1>
<div class="cc-author">Author: <b>{esc(art['byline'])}</b> · {human(dt, '%H:%M, {d}.%m.%Y')}</div>
<section class="cc-body">
{paras(art, indent='')}
</section>
<div class="cc-social">Share: <a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a> | <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a> | <a href="https://t.example/share?url={esc(art['url'])}">Telegram</a></div>
<div class="cc-subscribe"><b>Subscribe to the Courier’s evening digest</b> — the day’s politics in ten minutes. <a href="/digest">Subscribe</a></div>
<div class="cc-related"><h3>Related articles</h3><ul>
{rel}
</ul></div>
<div class="cc-comments"><h3>Comments (0)</h3><div class="cc-reply"><h4>Leave a Reply</h4><form><textarea></textarea><input placeholder="Your name"><button>Publish</button></form><small>Comments that insult other readers or contain links will be removed.</small></div></div>
</div>
<div class="cc-footer">© 1994–2026 Capital Courier. Any use of materials is permitted only with a hyperlink to capitalcourier.example. <a href="#top">Scroll to Top</a></div>
</body>
</html>
"""


# ----------------------------------------------------------------------------
# Ridgeway Times: local weekly-turned-daily, meta published time.


def ridgeway(art, site):
    dt = local(art, 0)
    rel = "\n".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in related(art, site, 5))
    comments = art.get("comments", [])
    com = "\n".join('<div class="rt-comment"><span class="rt-cname">%s</span><div class="rt-ctext">%s</div></div>' % (esc(n), esc(t)) for n, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(art['title'])} | Ridgeway Times</title>
<link rel="canonical" href="{esc(art['url'])}">
<meta name="author" content="{esc(art['byline'])}">
<meta property="article:published_time" content="{art['published']}">
<meta property="og:title" content="{esc(art['title'])}">
<meta property="og:description" content="{esc(plain(art['paras'][0])[:140])}">
<link rel="stylesheet" href="/css/rt.css?2">
</head>
<body>
<div id="page">
<div id="cookie-bar">Ridgeway Times uses cookies. Continue browsing if you're happy with this, or <a href="/cookies">find out how to manage cookies</a>. <a href="#" class="close">Close</a></div>
<div id="masthead"><a href="/" class="logo">Ridgeway Times</a><span class="strap">Serving Ridgeway, Ashcombe and the Kestrel Valley</span></div>
<div id="navigation"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/weather/">Weather</a> <a href="/education/">Education</a> <a href="/whats-on/">What's On</a> <a href="/jobs/">Jobs</a> <a href="/announcements/">Announcements</a></div>
<div id="content">
<div class="article">
<div class="section-label">{esc(art['section'])}</div>
<h1>{esc(art['title'])}</h1>
<div class="byline"><span class="byline-name">{esc(art['byline'])}</span>, <span class="byline-date">{human(dt, '{d} %B %Y %H:%M')}</span></div>
<div class="share-links"><a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a> <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a> <a href="mailto:?body={esc(art['url'])}">Email</a></div>
<div class="article-body">
{paras(art, indent='')}
</div>
<div class="contact-us">Have a story? Email newsdesk@ridgewaytimes.example or call 01632 960 118.</div>
<div class="share-links"><a href="https://facebook.example/sharer?u={esc(art['url'])}">Share on Facebook</a> <a href="https://x.example/intent/tweet?url={esc(art['url'])}">Tweet</a></div>
</div>
<div id="comments-wrap"><h3>Comments</h3>
{com}
<div class="rt-form"><h4>Leave a Reply</h4><form><textarea name="c"></textarea><input name="n" placeholder="Name"><button>Submit</button></form></div></div>
</div>
<div id="sidebar"><div class="box"><h3>Related articles</h3><ul>
{rel}
</ul></div>
<div class="box newsletter"><h3>Newsletter</h3><p>Sign up for the Ridgeway Times daily headlines.</p><form><input type="email"><button>Sign up</button></form></div></div>
<div id="footer"><p>&copy; Copyright 2026 Ridgeway Times Ltd. Part of Dales Local Media.</p><p><a href="#page">Scroll to Top</a></p></div>
</div>
</body>
</html>
"""


OUTLETS = {
    "gazette": dict(domain="harbourgazette.example", host="harbourgazette.example", name="Harbour Gazette",
                    render=gazette, charset="utf-8",
                    fillers=[("Ferry timetable changes from April", "https://harbourgazette.example/port/ferry-timetable-april"),
                             ("Letters: the port belongs to all of us", "https://harbourgazette.example/opinion/letters-port-belongs-to-all")]),
    "northwire": dict(domain="northwire.example", host="www.northwire.example", name="Northwire",
                      render=northwire, charset="utf-8",
                      fillers=[("Grain exports rise for third month", "https://www.northwire.example/en/story/NW-20260311-0102/grain-exports-rise")]),
    "valleypost": dict(domain="valleypost.example", host="news.valleypost.example", name="The Valley Post",
                       render=valleypost, charset="utf-8",
                       fillers=[("Letters: save our post office", "https://news.valleypost.example/2026/03/05/letters-save-our-post-office/"),
                                ("What's on in the valleys this weekend", "https://news.valleypost.example/2026/03/13/whats-on-this-weekend/")]),
    "pulse24": dict(domain="pulse24.example", host="pulse24.example", name="Pulse24",
                    render=pulse24, charset="utf-8",
                    fillers=[("You won't believe what this village found in a lake", "https://pulse24.example/village-found-in-lake/")]),
    "infobridge": dict(domain="infobridge.example", host="infobridge.example", name="InfoBridge",
                       render=infobridge, charset="windows-1252",
                       fillers=[("Mysterious lights seen over the mountains", "https://infobridge.example/article.php?id=87711"),
                                ("Top 10 most beautiful islands", "https://infobridge.example/article.php?id=87654")]),
    "todayreport": dict(domain="todayreport.example", host="www.todayreport.example", name="Today Report",
                        render=todayreport, charset="utf-8",
                        fillers=[("The week in pictures", "https://www.todayreport.example/culture/2026/03/13/week-in-pictures.html")]),
    "frontier": dict(domain="frontierobserver.example", host="frontierobserver.example", name="Frontier Observer",
                     render=frontier, charset="utf-8",
                     fillers=[("What the mainstream media won't tell you about the port", "https://frontierobserver.example/what-the-media-wont-tell-you-about-the-port/"),
                              ("Opposition's foreign friends", "https://frontierobserver.example/oppositions-foreign-friends/")]),
    "newsglobe": dict(domain="newsglobe-daily.example", host="newsglobe-daily.example", name="NewsGlobe Daily",
                      render=newsglobe, charset="utf-8",
                      fillers=[("Shocking video from the border", "https://newsglobe-daily.example/news/shocking-video-border-7711"),
                               ("Prices are rising again: here is why", "https://newsglobe-daily.example/news/prices-rising-again-7690")]),
    "metroflash": dict(domain="metroflash.example", host="metroflash.example", name="MetroFlash",
                       render=metroflash, charset="utf-8",
                       fillers=[("Tram line 3 closed for the weekend", "https://metroflash.example/city/tram-line-3-closed-weekend"),
                                ("Ten brunch spots worth queuing for", "https://metroflash.example/food/ten-brunch-spots")]),
    "portscargo": dict(domain="portsandcargo.example", host="portsandcargo.example", name="Ports & Cargo Weekly",
                       render=portscargo, charset="utf-8",
                       fillers=[("Merevo orders two gantry cranes", "https://portsandcargo.example/news/merevo-orders-gantry-cranes"),
                                ("Ro-ro rates firm on northern routes", "https://portsandcargo.example/ferries/ro-ro-rates-firm")]),
    "courier": dict(domain="capitalcourier.example", host="capitalcourier.example", name="Capital Courier",
                    render=courier, charset="utf-8",
                    fillers=[("Government approves road repair programme", "https://capitalcourier.example/economy/road-repair-programme")]),
    "ridgeway": dict(domain="ridgewaytimes.example", host="ridgewaytimes.example", name="Ridgeway Times",
                     render=ridgeway, charset="utf-8",
                     fillers=[("Planning: 40 homes approved at Combe Farm", "https://ridgewaytimes.example/news/40-homes-approved-combe-farm")]),
}
