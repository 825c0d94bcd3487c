"""The two bookmarklets, as javascript: links for the install page.

"Check this page" only opens a window on /check?url=<this page>. A page's
Content-Security-Policy governs what the page itself loads and runs, not a window the reader
opens (and browsers exempt bookmarklets from the page's script rules), so no page can block it.

"Send what I see" sends the HTML the reader's browser shows (after the page's scripts ran,
cut to a size cap) and its URL, for pages that show crawlers something else. It avoids what a
strict page can forbid: it opens our /send window and hands the HTML over with postMessage
(neither is subject to CSP; no fetch, which connect-src would block; no form on the page,
which form-action would block). Only when the page cuts the link to that window
(Cross-Origin-Opener-Policy: the window then looks closed, and no "ready" message comes
within 5 s) does it fall back to posting a form from the page itself, in the same tab (a
second popup would need a second click).

On an image (the browser showing a screenshot or graphic by itself), the image is what the
reader sees: it is drawn on a canvas (the image document is its own origin, so the canvas
may be read) and sent as a PNG data URL in `image`, checked by OCR like an upload.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

__all__ = ["check_bookmarklet", "send_bookmarklet"]

_CHECK = """(function(){
window.open(BASE+'/check?url='+encodeURIComponent(location.href),'_blank','noopener');
})();"""

_SEND = """(function(){
var B=BASE,O=ORIGIN,L=LIMIT,d=document,h=d.documentElement.outerHTML,u=location.href,done=0,g='';
var im=(d.contentType||'').indexOf('image/')===0&&d.images[0];
if(im){try{var c=d.createElement('canvas');c.width=im.naturalWidth;c.height=im.naturalHeight;
c.getContext('2d').drawImage(im,0,0);g=c.toDataURL('image/png');h='';}catch(x){}}
if(h.length>L){h=h.slice(0,L);}
var w=window.open(B+'/send','_blank');
function got(e){
  if(done||e.origin!==O||!w||e.source!==w||!e.data||e.data.cekresmi!=='ready'){return;}
  done=1;window.removeEventListener('message',got);
  w.postMessage({cekresmi:'page',html:h,image:g,url:u},O);
}
window.addEventListener('message',got);
function post(){
  if(done){return;}
  done=1;window.removeEventListener('message',got);
  var f=d.createElement('form');f.method='post';f.action=B+'/send';
  f.enctype='multipart/form-data';f.acceptCharset='utf-8';f.style.display='none';
  [['html',h],['image',g],['url',u]].forEach(function(p){
    var t=d.createElement('textarea');t.name=p[0];t.value=p[1];f.appendChild(t);});
  (d.body||d.documentElement).appendChild(f);f.submit();
}
var k=setInterval(function(){if(done||!w||w.closed){clearInterval(k);post();}},100);
setTimeout(function(){clearInterval(k);post();},5000);
})();"""

# Everything printable but space and %, which a javascript: URL would otherwise decode.
_SAFE = "".join(chr(c) for c in range(0x21, 0x7f) if chr(c) not in "%")


def _compact(source: str) -> str:
    return re.sub(r"\n\s*", "", source)


def _link(source: str) -> str:
    return "javascript:" + quote(_compact(source), safe=_SAFE)


def check_bookmarklet(base: str) -> str:
    return _link(_CHECK.replace("BASE", json.dumps(base)))


def send_bookmarklet(base: str, limit: int) -> str:
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    return _link(_SEND.replace("BASE", json.dumps(base)).replace("ORIGIN", json.dumps(origin))
                 .replace("LIMIT", str(int(limit))))
