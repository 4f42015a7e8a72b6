/*
 * The little of AUI's AJS that the SLA page's script uses, for the browser test: the context path and the JS i18n
 * call, answered from the real English bundle (window.SINGLEPOINT_TEXTS, written by the test server) and formatted
 * as AJS.format formats: {n} replaced by the n-th argument, '' written as '.
 */
(function () {
    'use strict';
    function format(pattern, args) {
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return String(args[Number(index)]);
        }).replace(/''/g, "'");
    }
    window.AJS = {
        contextPath: function () {
            return '';
        },
        I18n: {
            getText: function (key) {
                var text = window.SINGLEPOINT_TEXTS[key];
                if (text === undefined) {
                    throw new Error('no i18n text for ' + key);
                }
                return format(text, Array.prototype.slice.call(arguments, 1));
            }
        }
    };
}());
