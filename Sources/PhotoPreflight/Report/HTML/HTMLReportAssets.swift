/// The style sheet and script embedded in the HTML report.
enum HTMLReportAssets {
    static let css = """
        :root{--fail:#c62828;--warn:#ef8f00;--pass:#2e7d32;font:14px/1.4 system-ui,sans-serif;color:#222}
        body{margin:0;background:#f4f4f6}header{position:sticky;top:0;z-index:2;background:#fff;padding:8px 16px;
        box-shadow:0 1px 4px #0002}h1{font-size:18px;margin:0 0 4px}.summary{margin:0 0 6px}
        .summary .fail{color:var(--fail)}.summary .warn{color:var(--warn)}.summary .pass{color:var(--pass)}
        form{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}.shown{margin-left:auto;color:#555}
        .legend{margin:6px 0 0;color:#555;font-size:12px}.k{display:inline-block;width:10px;height:10px;
        vertical-align:middle;margin:0 2px 0 6px}.k.blur{background:#e53935b0}.k.soft{background:#ffa000a0}
        .k.hi{background:#e040fb}.k.lo{background:#2979ff}.k.mean{background:#1565c0}.k.err{background:var(--fail)}
        .k.wrn{background:var(--warn)}.k.fbox{background:#0c0}.k.fframe{background:#09f}.k.fmark{background:#f0f}
        main{display:grid;grid-template-columns:repeat(auto-fill,minmax(390px,1fr));gap:12px;padding:12px 16px}
        .card{display:grid;grid-template-columns:130px 1fr;gap:6px 10px;align-content:start;background:#fff;
        border-radius:6px;padding:8px;border-left:5px solid var(--pass);content-visibility:auto;
        contain-intrinsic-size:auto 390px 330px}.measures,.hist{grid-column:1/-1}
        .card.fail{border-color:var(--fail)}.card.warn{border-color:var(--warn)}.card[hidden]{display:none}
        .pic{position:relative;max-height:200px;background:#ddd}
        .pic img{display:block;width:100%;height:100%;object-fit:cover}
        .pic.none{height:150px;display:flex;align-items:center;justify-content:center;color:#777;font-size:12px}
        .map{position:absolute;inset:0;width:100%;height:100%;display:none;pointer-events:none}
        .faces{position:absolute;inset:0;width:100%;height:100%;pointer-events:none;fill:none}
        .faces rect{stroke-width:2;vector-effect:non-scaling-stroke}.faces .face{stroke:#0c0}
        .faces .other{stroke:#fc0}.faces .frame{stroke:#09f;stroke-dasharray:4 3}.faces circle{fill:#f0f}
        .pic:hover .sharp,body.sharp .sharp,body.clip .clip{display:block}body.sharp .pic:hover .sharp{display:block}
        .sharp .blur{fill:#e53935;fill-opacity:.55}.sharp .soft{fill:#ffa000;fill-opacity:.4}
        .sharp .ok{fill:none;stroke:#fff6;stroke-width:.03}.clip .hi{fill:#e040fb}.clip .lo{fill:#2979ff}
        .head{min-width:0}h2{font-size:13px;margin:0;word-break:break-all}
        .badge{display:inline-block;font-size:11px;color:#fff;border-radius:3px;padding:0 4px;background:var(--pass)}
        .fail .badge{background:var(--fail)}.warn .badge{background:var(--warn)}.facts{margin:2px 0;color:#666;
        font-size:12px}.findings{margin:4px 0;padding-left:16px;font-size:12px}.findings .error{color:var(--fail)}
        .findings .warning{color:#a66300}.measures{border-collapse:collapse;font-size:11px;width:100%}
        .measures th{text-align:left;color:#777;font-weight:normal}.measures td{padding:0 4px 0 0}
        .measures .bad td{color:var(--fail);font-weight:bold}.measures .warn td{color:#a66300}
        .hist{display:block;width:100%;height:40px;margin-top:4px;background:#fafafa}.hist polygon{fill:#9e9e9e}
        .hist line{stroke-width:1.5px;vector-effect:non-scaling-stroke}.hist .err{stroke:var(--fail)}
        .hist .wrn{stroke:var(--warn);stroke-dasharray:3 2}.hist .mean{stroke:#1565c0;stroke-width:2px}
        """

    static let script = """
        (function(){
          var form=document.getElementById('filters'),shown=document.getElementById('shown');
          var cards=Array.prototype.slice.call(document.querySelectorAll('.card'));
          function apply(){
            var rule=form.rule.value,text=form.path.value.toLowerCase(),count=0;
            cards.forEach(function(card){
              var ok=form[card.dataset.verdict].checked&&(!rule||(' '+card.dataset.rules+' ').indexOf(' '+rule+' ')>=0)
                &&(!text||card.dataset.path.indexOf(text)>=0);
              card.hidden=!ok;if(ok)count++;
            });
            shown.textContent=count;
            document.body.classList.toggle('sharp',form.sharp.checked);
            document.body.classList.toggle('clip',form.clip.checked);
          }
          location.hash.slice(1).split(',').forEach(function(name){
            if(name==='sharp'||name==='clip')form[name].checked=true;
          });
          form.addEventListener('input',apply);form.addEventListener('change',apply);apply();
          document.body.dataset.ready='true';
        })();
        """
}
