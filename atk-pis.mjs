import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
const B='http://localhost:4712';
const P=(await (await fetch(B+'/v1/sandbox/platforms')).json()).data.platforms;
const pis=P.find(p=>p.slug==='pis');
async function call(method,path,key,body){const r=await fetch(B+path,{method,headers:{authorization:key,'content-type':'application/json'},body:body===undefined?undefined:JSON.stringify(body)});return {s:r.status,j:await r.json().catch(()=>null)};}
const axeSrc=readFileSync('node_modules/axe-core/axe.min.js','utf8');
async function runAxe(page,label){await page.addScriptTag({content:axeSrc});const r=await page.evaluate(async()=>{const res=await axe.run(document,{runOnly:['wcag2a','wcag2aa','wcag21aa','wcag22aa']});return res.violations.map(v=>v.id+':'+v.nodes.length+':'+v.nodes[0].target.join(' '))});console.log('axe',label,JSON.stringify(r));}
const texts=(page)=>page.evaluate(()=>{const out=[];const walk=(r)=>{r.querySelectorAll('h1,h2,h3,p,[role=status],[role=alert],button').forEach(e=>{const t=e.textContent.trim().replace(/\s+/g,' ');if(t)out.push(e.tagName+(e.getAttribute('role')?'['+e.getAttribute('role')+']':'')+':'+t)});r.querySelectorAll('*').forEach(e=>{if(e.shadowRoot)walk(e.shadowRoot)})};walk(document);return out});
const deep=(page)=>page.evaluate(()=>{let a=document.activeElement;while(a&&a.shadowRoot&&a.shadowRoot.activeElement)a=a.shadowRoot.activeElement;return a?(a.tagName+' '+(a.getAttribute('aria-label')||a.value||a.textContent.trim().slice(0,40))):null});
const browser=await chromium.launch({executablePath:'/usr/bin/chromium'});
for (const locale of ['fr','en']) {
  const o=(await call('POST','/v1/orders',pis.secretKey,{amount:4990,currency:'EUR',ux:'pis',locale,trackId:'INV-'+locale})).j.data;
  const ctx=await browser.newContext({viewport:{width:320,height:800},locale});
  const page=await ctx.newPage();
  page.on('console',m=>{if(m.type()==='error')console.log('console',m.text())});
  await page.goto(o.redirectUrl);
  await page.locator('input[type=search]').waitFor();
  await page.screenshot({path:`/tmp/atk/pis-${locale}.png`,fullPage:true});
  console.log('scrollWidth',await page.evaluate(()=>document.documentElement.scrollWidth));
  await runAxe(page,locale+' chooser');
  // continue without bank
  const cont=page.getByRole('button',{name:/Continu|Choisi/});
  console.log('continue buttons', await page.getByRole('button').allInnerTexts());
  await page.getByRole('button').filter({hasText:/Contin/}).first().click();
  await page.waitForTimeout(300);
  console.log('no bank:', JSON.stringify((await texts(page)).filter(t=>/alert|status|error|Choos|Choisi/i.test(t))), 'focus', await deep(page));
  await runAxe(page,locale+' missing');
  // search by keyboard
  await page.locator('input[type=search]').focus();
  await page.keyboard.type(locale==='fr'?'CREDIT':'banque');
  await page.waitForTimeout(300);
  console.log('search result radios', await page.getByRole('radio').evaluateAll(r=>r.map(x=>x.parentElement.textContent.trim())));
  console.log('status', JSON.stringify((await texts(page)).filter(t=>/status/.test(t))));
  await page.keyboard.type('zzz'); await page.waitForTimeout(200);
  console.log('nomatch', JSON.stringify((await texts(page)).filter(t=>/zzz/.test(t))));
  await runAxe(page,locale+' nomatch');
  for(let i=0;i<3;i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab'); console.log('after tab focus', await deep(page));
  await page.keyboard.press('ArrowDown'); console.log('after arrow', await deep(page), await page.getByRole('radio',{checked:true}).count());
  await page.keyboard.press('Tab'); console.log('after tab2', await deep(page));
  const [bank] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
  await bank.waitForLoadState(); await bank.locator('button').first().waitFor();
  await bank.setViewportSize({width:320,height:700});
  await bank.screenshot({path:`/tmp/atk/bank-${locale}.png`});
  await runAxe(bank,locale+' bankpage');
  await page.waitForTimeout(500);
  console.log('widget waiting', JSON.stringify(await texts(page)));
  await page.screenshot({path:`/tmp/atk/pis-${locale}-waiting.png`,fullPage:true});
  await runAxe(page,locale+' waiting');
  const bankUrl=bank.url();
  // second tab of the same bank page
  const tab2=await ctx.newPage(); await tab2.goto(bankUrl); await tab2.locator('button').first().waitFor();
  if (locale==='fr') {
    await bank.getByRole('button',{name:/Refuser/}).click();
    await page.waitForTimeout(3000);
    console.log('widget after refuse', JSON.stringify(await texts(page)), 'focus', await deep(page));
    await runAxe(page,locale+' refused');
    await tab2.getByRole('button',{name:/Confirmer/}).click(); await tab2.waitForTimeout(1000);
    console.log('tab2 confirm after refuse', JSON.stringify((await texts(tab2)).filter(t=>/status|alert/.test(t))));
    await page.getByRole('button',{name:/Réessayer/}).click().catch(e=>console.log('no retry',e.message.slice(0,80)));
    await page.waitForTimeout(500);
    console.log('after retry', JSON.stringify(await texts(page)).slice(0,300), 'focus', await deep(page));
    const [bank2] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button').filter({hasText:/Continuer/}).click()]);
    await bank2.locator('button').first().waitFor();
    // a reload of the first bank page then confirm: refused
    await bank2.getByRole('button',{name:/Confirmer/}).click(); await bank2.waitForTimeout(500);
    await bank2.reload().catch(()=>{});
  } else {
    // double click confirm + tab2 confirm concurrently
    await Promise.all([bank.getByRole('button',{name:/Confirm/}).click(), tab2.getByRole('button',{name:/Confirm/}).click()]);
    await tab2.waitForTimeout(1000);
    console.log('tab2', JSON.stringify((await texts(tab2)).filter(t=>/status|alert/.test(t))));
  }
  await page.waitForTimeout(4000);
  console.log('final url', page.url().slice(0,100));
  console.log('widget final', JSON.stringify(await texts(page)));
  await page.screenshot({path:`/tmp/atk/pis-${locale}-final.png`,fullPage:true});
  await runAxe(page,locale+' final');
  const tr=await call('GET',`/v1/orders/${o.id}/transactions`,pis.secretKey); console.log('tx', tr.j.data.map(t=>t.status+'/'+(t.declineReason??'')));
  const ev=await call('GET',`/v1/orders/${o.id}`,pis.secretKey); console.log('order', ev.j.data.status);
  await ctx.close();
}
await browser.close();
