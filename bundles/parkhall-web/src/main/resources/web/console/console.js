/*
 * The staff console (工作台): its sections, in the order the navigation lists them, and the sign-in that opens
 * them. Each section is a module of its own (workstation.js, intake.js, …); the frame is dom.js (building the
 * page), api.js (the hall's API), session.js, router.js and signin.js.
 */
import { section } from './router.js';
import { boot } from './signin.js';
import workstation from './workstation.js';
import intake from './intake.js';
import cases from './cases.js';
import inbox from './inbox.js';
import floor from './floor.js';
import items from './items.js';
import records from './records.js';
import admin from './admin.js';
import badRatings from './bad-ratings.js';
import print from './print.js';

[workstation, intake, cases, inbox, badRatings, floor, items, records, admin, print].forEach(section);
boot();
